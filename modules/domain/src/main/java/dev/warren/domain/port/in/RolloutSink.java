package dev.warren.domain.port.in;

import java.util.Optional;

/**
 * Where the snapshots of a watched rollout go (see {@link WatchRolloutUseCase}). Calls on one sink
 * are never concurrent and come in commit order; they may run on the thread that applies the log,
 * so a sink must hand slow work (a network write that can wait, a terminal) elsewhere or do it
 * without blocking.
 */
public interface RolloutSink {

  /**
   * The rollout and the service's replicas as one committed change left them; never the same
   * snapshot twice in a row.
   */
  void snapshot(RolloutSnapshot snapshot);

  /**
   * The watch is over: the rollout settled (its last snapshot was sent), or the watch failed (the
   * service was removed, the manager is shutting down). Called once; nothing follows it.
   */
  void ended(Optional<RuntimeException> failure);
}
