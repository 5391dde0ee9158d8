package dev.warren.application.replication;

import dev.warren.application.events.EventJournal;
import dev.warren.domain.change.ChangeEvents;
import dev.warren.domain.change.LeaderDecision;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ClusterStatePort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Applies committed changes to the local store in one transaction each, together with their log
 * index. A change the domain rejects still advances the applied index (as a no-op), so every
 * replica replays the log to the same state. Each applied change is also recorded as an {@link
 * Event} (see {@link ChangeEvents}) in the same transaction, and published to live subscribers once
 * it has committed; a rejected change records no event.
 */
public final class ApplyCommittedChangeHandler implements ApplyCommittedChangeUseCase {
  private final ClusterStatePort state;
  private final EventJournal events;
  private final List<BiConsumer<Long, StateChange>> listeners = new CopyOnWriteArrayList<>();

  /** A handler with a journal of its own, which nobody subscribes to. */
  public ApplyCommittedChangeHandler(ClusterStatePort state) {
    this(state, new EventJournal());
  }

  /**
   * @param events where each applied change's event is recorded and published
   */
  public ApplyCommittedChangeHandler(ClusterStatePort state, EventJournal events) {
    this.state = state;
    this.events = events;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A {@link LeaderDecision} older than {@code logTerm} is rejected (FAILED_PRECONDITION) and
   * changes nothing but the applied index; an accepted one is applied, recorded and handed to
   * listeners as the change it carries.
   */
  @Override
  public ApplyOutcome apply(long logIndex, long logTerm, StateChange decided) {
    StateChange change = LeaderDecision.unwrap(decided);
    var recorded = new AtomicReference<Event>();
    ApplyOutcome outcome =
        ApplyOutcome.applyOnce(
            state,
            logIndex,
            writer -> {
              if (decided instanceof LeaderDecision decision
                  && !LeaderDecision.current(decision.term(), logTerm)) {
                throw new FailedPreconditionException(
                    "a decision of term "
                        + decision.term()
                        + " reached the log in term "
                        + logTerm
                        + ": its leader was deposed; the new leader decides again");
              }
              // Described before applying: a deleted object's name is still there to be read.
              Event event = ChangeEvents.describe(logIndex, change, writer);
              change.applyTo(writer);
              events.append(writer, event);
              recorded.set(event);
            });
    if (outcome instanceof ApplyOutcome.Applied) {
      events.publish(recorded.get());
      for (var listener : new ArrayList<>(listeners)) {
        listener.accept(logIndex, change);
      }
    }
    return outcome;
  }

  /**
   * Registers a callback run on the apply thread after each applied change (events, control loops).
   * Callbacks must be quick and must not throw.
   *
   * @return what unregisters the callback (a stopped control loop hears no more changes)
   */
  public AutoCloseable onApplied(BiConsumer<Long, StateChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
