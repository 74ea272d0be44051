package io.wageguard.chassis.web;

/** The caller is known but may not do this (403). The message names what was refused, never internals. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
