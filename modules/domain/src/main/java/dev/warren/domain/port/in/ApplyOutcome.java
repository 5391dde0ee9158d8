package dev.warren.domain.port.in;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.ErrorKind;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.StateWriter;
import java.util.function.Consumer;

/** What applying one committed change did; travels back to the proposer as data. */
public sealed interface ApplyOutcome {

  long logIndex();

  /** The change is now part of the state. */
  record Applied(long logIndex) implements ApplyOutcome {}

  /** The change broke a rule on the state it met (name taken, version moved); nothing changed. */
  record Rejected(long logIndex, ErrorKind kind, String message) implements ApplyOutcome {}

  /** The entry was applied before (replay after a restart); nothing was done again. */
  record AlreadyApplied(long logIndex) implements ApplyOutcome {}

  /**
   * Applies the committed entry at {@code logIndex} to {@code state} unless the state already holds
   * it ({@link ClusterStatePort#hasApplied}), and says what happened. Every apply path (the apply
   * handler, test logs) goes through here, so a replayed entry is skipped by the same rule
   * everywhere.
   *
   * @param mutation the entry's writes; a {@link DomainException} it throws becomes {@link
   *     Rejected} (the store then keeps none of its writes but still advances its index)
   */
  static ApplyOutcome applyOnce(
      ClusterStatePort state, long logIndex, Consumer<StateWriter> mutation) {
    if (state.hasApplied(logIndex)) {
      return new AlreadyApplied(logIndex);
    }
    try {
      state.apply(logIndex, mutation);
      return new Applied(logIndex);
    } catch (DomainException rejected) {
      return new Rejected(logIndex, rejected.kind(), rejected.getMessage());
    }
  }
}
