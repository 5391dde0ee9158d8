package dev.warren.domain.port.in;

import dev.warren.domain.model.event.Event;
import java.time.Duration;
import java.util.Optional;

/**
 * An open subscription to events, consumed by one thread at a time. Its buffer is bounded: a
 * consumer that falls too far behind the live events is cut off, with a message saying which id to
 * resume after.
 */
public interface EventStream extends AutoCloseable {

  /**
   * The next event, waiting up to {@code wait} for one ({@link Duration#ZERO}: do not wait).
   *
   * @return the event, or empty if none came in time or the stream was closed
   * @throws dev.warren.domain.error.UnavailableException once the consumer fell behind, or the
   *     manager went away or shut down; the message names the id to resume after
   * @throws dev.warren.domain.error.FailedPreconditionException if events the consumer still needs
   *     are no longer retained
   */
  Optional<Event> next(Duration wait);

  /**
   * Registers {@code signal}, run whenever {@link #next} may have something new to return (an
   * event, or the failure that ended the stream). It runs on the thread that applies changes or
   * receives them: it must return at once and must not call {@link #next} itself.
   */
  void onAvailable(Runnable signal);

  /** Ends the subscription; {@link #next} returns empty from then on. Idempotent. */
  @Override
  void close();
}
