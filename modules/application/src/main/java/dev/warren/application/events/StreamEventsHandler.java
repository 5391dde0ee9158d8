package dev.warren.application.events;

import dev.warren.domain.change.ChangeEvents;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.StreamEventsRequest;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.out.ClusterStatePort;

/**
 * Opens event streams on this manager: the journal's retained events for a resume, then the live
 * events as this manager applies them. Any manager serves any resume point it still retains, since
 * event ids are log indexes and every manager stores the same events.
 */
public final class StreamEventsHandler implements StreamEventsUseCase {
  /** Live events a subscriber may have pending before it counts as lagging. */
  public static final int DEFAULT_BUFFER = 1024;

  private final ClusterStatePort state;
  private final EventJournal journal;
  private final int buffer;

  public StreamEventsHandler(ClusterStatePort state, EventJournal journal) {
    this(state, journal, DEFAULT_BUFFER);
  }

  /**
   * @param buffer how many live events a subscriber may have pending (at least 1)
   */
  public StreamEventsHandler(ClusterStatePort state, EventJournal journal, int buffer) {
    if (buffer < 1) {
      throw new IllegalArgumentException("event buffer must be at least 1, got " + buffer);
    }
    this.state = state;
    this.journal = journal;
    this.buffer = buffer;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Subscribes before reading anything, so no event applied meanwhile is missed; the first page
   * of a resume is read here, so a resume point that is no longer retained fails at once.
   */
  @Override
  public EventStream open(StreamEventsRequest request) {
    ChangeEvents.unknownEntry(request.filter())
        .ifPresent(
            entry -> {
              throw new InvalidSpecException(
                  "event type filter '"
                      + entry
                      + "' matches no event type; known types: "
                      + String.join(", ", ChangeEvents.knownTypes()));
            });
    var subscription = new EventSubscription(journal, state, request.filter(), buffer);
    journal.subscribe(subscription);
    try {
      if (request.afterId().isPresent()) {
        subscription.startReplay(request.afterId().getAsLong());
      } else {
        subscription.startLive(state.lastAppliedIndex());
      }
    } catch (RuntimeException failure) {
      subscription.close();
      throw failure;
    }
    return subscription;
  }
}
