package dev.warren.domain.port.out;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.cluster.Membership;
import java.util.concurrent.CompletableFuture;

/**
 * The replicated, durable log of state changes (Raft). A change is acknowledged only after a
 * quorum has it on disk and this manager has applied it, so an acknowledged write is never lost
 * and a read that follows it on this manager sees it.
 *
 * <p>Every method is thread-safe; futures complete on the log's own threads, so callers must not
 * block those threads in callbacks.
 */
public interface ReplicatedLogPort extends AutoCloseable {

  /**
   * Proposes {@code change}, from any manager (a follower routes it to the leader).
   *
   * @return a future completed with the log index of the change once it is committed and applied
   *     here; completed exceptionally with the {@link dev.warren.domain.error.DomainException}
   *     the apply logic rejected it with, or with {@link
   *     dev.warren.domain.error.UnavailableException} when no leader can be reached in bounded
   *     time. A change rejected by the apply logic has changed nothing.
   */
  CompletableFuture<Long> propose(StateChange change);

  /**
   * A linearizable read barrier: completes with an index once this manager has applied every
   * change committed before the call, so a read of the local state that follows sees them.
   *
   * @return a future completed exceptionally with {@link
   *     dev.warren.domain.error.UnavailableException} when leadership cannot be confirmed
   */
  CompletableFuture<Long> readBarrier();

  /** The group as this manager sees it now. */
  Membership membership();

  /** Whether a leader is known and this manager has applied the log up to its commit index. */
  boolean isCaughtUp();

  /** Stops taking proposals, fails pending ones with UNAVAILABLE and releases the log; idempotent. */
  @Override
  void close();
}
