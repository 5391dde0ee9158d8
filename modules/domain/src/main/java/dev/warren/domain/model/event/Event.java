package dev.warren.domain.model.event;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to the cluster: one applied state change, seen by {@code StreamEvents}.
 * The id is the log index of the change, so events are totally ordered, identical on every manager,
 * and a client resumes after the last id it got without gaps or duplicates.
 *
 * @param id log index of the change (positive)
 * @param type stable dotted name, {@code <noun>.<action>} ({@code service.created})
 * @param timestamp when the change says it happened
 * @param message one line for people, built only from names and ids (never secret material)
 * @param metadata ids and names of the objects involved ({@code service_id}, {@code service_name})
 */
public record Event(
    long id, String type, Instant timestamp, String message, Map<String, String> metadata) {
  /** Digits of the widest id; store keys are zero-padded to it so they sort by id. */
  private static final int KEY_DIGITS = 19;

  public Event {
    Checks.atLeast("event id", id, 1);
    EventFilter.checkType("event type", type);
    Checks.notNull("event timestamp", timestamp);
    Checks.notNull("event message", message);
    metadata = Checks.map("event metadata", metadata);
  }

  /**
   * The store key of the event with this id: zero-padded so that keys sort like ids; inverse of
   * {@link #idOfKey}.
   */
  public static String key(long id) {
    String digits = Long.toString(id);
    return "0".repeat(KEY_DIGITS - digits.length()) + digits;
  }

  /** The id a {@link #key} encodes. */
  public static long idOfKey(String key) {
    return Long.parseLong(key);
  }
}
