package io.wageguard.chassis.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Event and record ids. Name-based where the same facts must always give the same id. */
public final class EventIds {
  private EventIds() {}

  /** A name-based (type 3) UUID of the parts, so that the same facts always yield the same id. */
  public static String nameBased(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)).toString();
  }

  public static String random() {
    return UUID.randomUUID().toString();
  }
}
