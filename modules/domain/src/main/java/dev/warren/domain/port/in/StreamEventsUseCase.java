package dev.warren.domain.port.in;

/** Follow the cluster's events as changes are applied; optionally resume after an event id. */
public interface StreamEventsUseCase {

  /**
   * Opens a stream. Events come in id order, each at most once; a resumed stream has no gap between
   * the replayed and the live events.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if a filter entry matches no event type
   * @throws dev.warren.domain.error.FailedPreconditionException if events after the resume point
   *     are no longer retained
   * @throws dev.warren.domain.error.UnavailableException if the manager cannot be reached
   */
  EventStream open(StreamEventsRequest request);
}
