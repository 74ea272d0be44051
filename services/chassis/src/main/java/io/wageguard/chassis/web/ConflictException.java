package io.wageguard.chassis.web;

import java.net.URI;

/** The resource exists already; {@code existing} is where it lives. Answered 409. */
public class ConflictException extends RuntimeException {

  private final URI existing;

  public ConflictException(String message, URI existing) {
    super(message);
    this.existing = existing;
  }

  public URI existing() {
    return existing;
  }
}
