package io.wageguard.alerting.application;

/** The record is already in a state that forbids the request (an alert resolved, a union that exists). */
public class Conflict extends RuntimeException {

  public enum Of { ALERT, UNION }

  private final Of of;
  private final String id;

  public Conflict(String message, Of of, String id) {
    super(message);
    this.of = of;
    this.id = id;
  }

  public Of of() {
    return of;
  }

  public String id() {
    return id;
  }
}
