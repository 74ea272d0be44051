package io.wageguard.chassis.rules;

/**
 * The record exists already, or is in a state that forbids the request (an alert resolved). It names the existing
 * record by its collection ({@code enterprises}, {@code alerts}, {@code unions}) and id, so the caller can go and read
 * it: on REST a 409 whose {@code existing} and {@code Location} are {@code /api/{collection}/{id}}.
 */
public final class Conflict extends Refusal {

  private final String collection;
  private final String id;

  public Conflict(String message, String collection, String id) {
    super(message);
    this.collection = collection;
    this.id = id;
  }

  public String collection() {
    return collection;
  }

  public String id() {
    return id;
  }
}
