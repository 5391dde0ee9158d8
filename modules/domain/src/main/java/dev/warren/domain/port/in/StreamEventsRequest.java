package dev.warren.domain.port.in;

import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.util.OptionalLong;

/**
 * Subscribe to events.
 *
 * @param filter which types to send
 * @param afterId resume point: first replay the retained events with an id greater than this (0
 *     replays every retained event), then continue live; empty means live events from now on
 */
public record StreamEventsRequest(EventFilter filter, OptionalLong afterId) {
  public StreamEventsRequest {
    Checks.notNull("event filter", filter);
    Checks.notNull("after id", afterId);
    Checks.maxCount("event types", filter.types(), InputLimits.EVENT_TYPES);
    if (afterId.isPresent()) {
      Checks.atLeast("after id", afterId.getAsLong(), 0);
    }
  }

  /** Live events of the filter's types, from now on. */
  public static StreamEventsRequest live(EventFilter filter) {
    return new StreamEventsRequest(filter, OptionalLong.empty());
  }

  /** Retained events after {@code afterId}, then live ones. */
  public static StreamEventsRequest resume(EventFilter filter, long afterId) {
    return new StreamEventsRequest(filter, OptionalLong.of(afterId));
  }
}
