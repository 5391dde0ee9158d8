package dev.warren.application.replication;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ClusterStatePort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Applies committed changes to the local store in one transaction each, together with their log
 * index. A change the domain rejects still advances the applied index (as a no-op), so every
 * replica replays the log to the same state.
 */
public final class ApplyCommittedChangeHandler implements ApplyCommittedChangeUseCase {
  private final ClusterStatePort state;
  private final List<BiConsumer<Long, StateChange>> listeners = new CopyOnWriteArrayList<>();

  public ApplyCommittedChangeHandler(ClusterStatePort state) {
    this.state = state;
  }

  @Override
  public ApplyOutcome apply(long logIndex, StateChange change) {
    if (logIndex <= state.lastAppliedIndex()) {
      return new ApplyOutcome.AlreadyApplied(logIndex);
    }
    try {
      state.apply(logIndex, writer -> change.applyTo(writer));
    } catch (DomainException rejected) {
      return new ApplyOutcome.Rejected(logIndex, rejected.kind(), rejected.getMessage());
    }
    for (var listener : new ArrayList<>(listeners)) {
      listener.accept(logIndex, change);
    }
    return new ApplyOutcome.Applied(logIndex);
  }

  /**
   * Registers a callback run on the apply thread after each applied change (events, control
   * loops). Callbacks must be quick and must not throw.
   */
  public void onApplied(BiConsumer<Long, StateChange> listener) {
    listeners.add(listener);
  }
}
