package dev.warren.domain.port.out;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Membership;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * The replicated, durable log of state changes (Raft). A change is acknowledged only after a quorum
 * has it on disk and this manager has applied it, so an acknowledged write is never lost and a read
 * that follows it on this manager sees it.
 *
 * <p>Every method is thread-safe; futures complete on the log's own threads, so callers must not
 * block those threads in callbacks.
 */
public interface ReplicatedLogPort extends AutoCloseable {

  /**
   * Proposes {@code change}, from any manager (a follower routes it to the leader).
   *
   * @return a future completed with the log index of the change once it is committed and applied
   *     here; completed exceptionally with the {@link dev.warren.domain.error.DomainException} the
   *     apply logic rejected it with, or with {@link dev.warren.domain.error.UnavailableException}
   *     when no leader can be reached in bounded time. A change rejected by the apply logic has
   *     changed nothing.
   */
  CompletableFuture<Long> propose(StateChange change);

  /**
   * A linearizable read barrier: completes with an index once this manager has applied every change
   * committed before the call, so a read of the local state that follows sees them.
   *
   * @return a future completed exceptionally with {@link
   *     dev.warren.domain.error.UnavailableException} when leadership cannot be confirmed
   */
  CompletableFuture<Long> readBarrier();

  /**
   * Adds {@code memberId}, whose consensus transport listens at {@code address}, to the group as a
   * voting member; the change is made by the leader, wherever it is called. The new member must
   * already run, with an empty log, in this group. Idempotent: a member that already has this id
   * and address completes the future at once.
   *
   * @param address {@code host:port} (see {@link dev.warren.domain.model.cluster.PeerAddress})
   * @return a future completed once the new configuration is committed; completed exceptionally
   *     with {@link dev.warren.domain.error.InvalidSpecException} for a malformed id or address,
   *     {@link dev.warren.domain.error.FailedPreconditionException} if the id is a member at
   *     another address or the group cannot take the change, and {@link
   *     dev.warren.domain.error.UnavailableException} if no leader answers or the new member does
   *     not catch up in bounded time
   */
  CompletableFuture<Void> addMember(String memberId, String address);

  /**
   * Removes {@code memberId} (a voter or a non-voter) from the group; the change is made by the
   * leader, wherever it is called, and a removed leader hands leadership on. Idempotent: an id that
   * is not a member completes the future at once. The removed member's log stops receiving entries;
   * its process is not stopped by this.
   *
   * @return a future completed once the new configuration is committed; completed exceptionally
   *     with {@link dev.warren.domain.error.InvalidSpecException} for a malformed id, {@link
   *     dev.warren.domain.error.FailedPreconditionException} if it is the group's last voter (a
   *     group cannot lose its last one) or the group cannot take the change, and {@link
   *     dev.warren.domain.error.UnavailableException} if no leader answers in bounded time
   */
  CompletableFuture<Void> removeMember(String memberId);

  /**
   * How far each member of {@link #membership()} is: this manager answers at once, every other
   * member is asked over the consensus transport with a deadline of a few seconds.
   *
   * @return a future completed with one entry per member (a member that does not answer is
   *     unreachable), never exceptionally except with {@link
   *     dev.warren.domain.error.UnavailableException} once closed
   */
  CompletableFuture<List<MemberProgress>> progress();

  /** The group as this manager sees it now. */
  Membership membership();

  /**
   * The term in which this manager leads, or empty when it does not lead (a follower, an election
   * under way, closed). Leader-only loops stamp their decisions with it ({@link
   * dev.warren.domain.change.LeaderDecision}), so the apply logic can refuse what a deposed leader
   * decided. Cheap and thread-safe; the answer may be stale by the time it is used, which is what
   * the fence is for.
   */
  OptionalLong leaderTerm();

  /** Whether a leader is known and this manager has applied the log up to its commit index. */
  boolean isCaughtUp();

  /**
   * Stops taking proposals, fails pending ones with UNAVAILABLE and releases the log; idempotent.
   */
  @Override
  void close();
}
