package dev.warren.domain.port.in;

import dev.warren.domain.change.StateChange;

/**
 * Applies a committed log entry to the local state. Driven by the replicated log on every manager,
 * in log order, from one thread.
 */
public interface ApplyCommittedChangeUseCase {

  /**
   * Applies {@code change}, committed at {@code logIndex}. Deterministic: every replica returns the
   * same outcome for the same entry on the same state. An entry the state {@linkplain
   * dev.warren.domain.port.out.ClusterStatePort#hasApplied has applied} is acknowledged without
   * being applied again (replay after a restart); {@link ApplyOutcome#applyOnce} decides that.
   *
   * @param logTerm the term of the entry's own log position (0 when the log has no terms): a {@link
   *     dev.warren.domain.change.LeaderDecision} decided in an older term is rejected
   * @return whether the change was applied or rejected; a rejection is not an error of the log, it
   *     is the answer the proposer gets
   */
  ApplyOutcome apply(long logIndex, long logTerm, StateChange change);

  /** {@link #apply(long, long, StateChange)} at a position without a term (no fencing). */
  default ApplyOutcome apply(long logIndex, StateChange change) {
    return apply(logIndex, 0, change);
  }
}
