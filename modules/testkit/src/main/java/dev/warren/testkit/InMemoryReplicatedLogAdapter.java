package dev.warren.testkit;

import dev.warren.codec.DomainCodec;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.model.cluster.PeerAddress;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * A single-node {@link ReplicatedLogPort} that commits every proposal at once and applies it
 * synchronously, on the proposing thread, through the given use case. Each change goes through
 * {@link DomainCodec} first, as it would into a real log, so a change that cannot be encoded fails
 * fast tests too.
 *
 * <p>Members added with {@link #addMember} are only recorded (and forgotten by {@link
 * #removeMember}): they take no part in commits. The one member leads in term 1 until a test
 * {@linkplain #beginTerm begins another}.
 *
 * <p>Threading: proposals are serialized, so indexes are assigned and applied in order; every
 * returned future is already complete.
 */
public final class InMemoryReplicatedLogAdapter implements ReplicatedLogPort {
  /** The one member's id. */
  public static final String LOCAL_MEMBER = "local";

  /** The one member's address: not a real one, so no peer can claim it. */
  public static final String LOCAL_ADDRESS = "in-memory";

  private final ApplyCommittedChangeUseCase apply;
  private final List<StateChange> proposed = new ArrayList<>();
  private final Map<String, String> addedMembers = new LinkedHashMap<>();
  private long lastIndex;
  private long term = 1;
  private volatile boolean closed;

  /** A log whose first proposal gets index 1. */
  public InMemoryReplicatedLogAdapter(ApplyCommittedChangeUseCase apply) {
    this(apply, 0);
  }

  /**
   * A log that continues after {@code lastIndex}, for a store that already applied entries up to it
   * (otherwise new proposals would be acknowledged as already applied and do nothing).
   */
  public InMemoryReplicatedLogAdapter(ApplyCommittedChangeUseCase apply, long lastIndex) {
    this.apply = Objects.requireNonNull(apply, "apply");
    if (lastIndex < 0) {
      throw new IllegalArgumentException("last index must be at least 0, got " + lastIndex);
    }
    this.lastIndex = lastIndex;
  }

  /**
   * Assigns the next index to {@code change}, applies it and answers with the outcome.
   *
   * @return a completed future: the index if the change was applied (or had been), failed with the
   *     {@link DomainException} of a rejection, with {@link UnavailableException} once closed, or
   *     with whatever encoding or applying threw
   */
  @Override
  public synchronized CompletableFuture<Long> propose(StateChange change) {
    if (closed) {
      return CompletableFuture.failedFuture(new UnavailableException("the log is closed"));
    }
    try {
      StateChange committed = DomainCodec.decode(StateChange.class, DomainCodec.encode(change));
      long index = ++lastIndex;
      proposed.add(committed);
      return switch (apply.apply(index, term, committed)) {
        case ApplyOutcome.Applied applied -> CompletableFuture.completedFuture(applied.logIndex());
        case ApplyOutcome.AlreadyApplied already ->
            CompletableFuture.completedFuture(already.logIndex());
        case ApplyOutcome.Rejected rejected ->
            CompletableFuture.failedFuture(DomainException.of(rejected.kind(), rejected.message()));
      };
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Completes at once with the last index: a single node has applied everything it committed. */
  @Override
  public synchronized CompletableFuture<Long> readBarrier() {
    if (closed) {
      return CompletableFuture.failedFuture(new UnavailableException("the log is closed"));
    }
    return CompletableFuture.completedFuture(lastIndex);
  }

  /**
   * Records {@code memberId} as a voter at {@code address}, with the port's checks and refusals.
   *
   * @return a completed future: done, or failed as the port describes or once closed
   */
  @Override
  public synchronized CompletableFuture<Void> addMember(String memberId, String address) {
    if (closed) {
      return CompletableFuture.failedFuture(new UnavailableException("the log is closed"));
    }
    try {
      Checks.id("member id", memberId);
      String current = LOCAL_MEMBER.equals(memberId) ? LOCAL_ADDRESS : addedMembers.get(memberId);
      if (current != null && current.equals(address)) {
        return CompletableFuture.completedFuture(null);
      }
      String normalized = PeerAddress.parse("member address", address).toString();
      if (current != null && !current.equals(normalized)) {
        throw new FailedPreconditionException(
            "member "
                + memberId
                + " is already in the group at "
                + current
                + ", not "
                + normalized);
      }
      addedMembers.putIfAbsent(memberId, normalized);
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Forgets a member added before; {@value #LOCAL_MEMBER} is the leader and the last voter of a
   * group of one, and is refused.
   *
   * @return a completed future: done, or failed as the port describes or once closed
   */
  @Override
  public synchronized CompletableFuture<Void> removeMember(String memberId) {
    if (closed) {
      return CompletableFuture.failedFuture(new UnavailableException("the log is closed"));
    }
    try {
      Checks.id("member id", memberId);
      if (LOCAL_MEMBER.equals(memberId)) {
        throw new FailedPreconditionException(
            "member "
                + memberId
                + (addedMembers.isEmpty()
                    ? " is the last voter of the group; a group keeps at least one"
                    : " leads this in-memory group, which cannot hand leadership on"));
      }
      addedMembers.remove(memberId);
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Voters: {@value #LOCAL_MEMBER}, which is the leader, at {@value #LOCAL_ADDRESS}, and every
   * member added since.
   */
  @Override
  public synchronized Membership membership() {
    List<ClusterMember> members = new ArrayList<>();
    members.add(new ClusterMember(LOCAL_MEMBER, LOCAL_ADDRESS, Suffrage.VOTER));
    addedMembers.forEach(
        (id, address) -> members.add(new ClusterMember(id, address, Suffrage.VOTER)));
    return new Membership(Optional.of(LOCAL_MEMBER), members);
  }

  /**
   * {@value #LOCAL_MEMBER} has applied everything it committed; members added since take no part
   * and never answer.
   */
  @Override
  public synchronized CompletableFuture<List<MemberProgress>> progress() {
    if (closed) {
      return CompletableFuture.failedFuture(new UnavailableException("the log is closed"));
    }
    List<MemberProgress> progress = new ArrayList<>();
    progress.add(MemberProgress.reached(LOCAL_MEMBER, lastIndex));
    addedMembers.keySet().forEach(id -> progress.add(MemberProgress.unreachable(id)));
    return CompletableFuture.completedFuture(progress);
  }

  /** The current term (1 at first, see {@link #beginTerm}), until closed. */
  @Override
  public synchronized OptionalLong leaderTerm() {
    return closed ? OptionalLong.empty() : OptionalLong.of(term);
  }

  /**
   * Starts a new term, as an election would: entries proposed from now carry it, so a decision
   * stamped with an earlier term is refused by the apply logic (a deposed leader's, for tests).
   *
   * @return the new term
   */
  public synchronized long beginTerm() {
    return ++term;
  }

  /** True until closed. */
  @Override
  public boolean isCaughtUp() {
    return !closed;
  }

  /** Every change proposed so far (as decoded from its bytes), in log order. */
  public synchronized List<StateChange> proposed() {
    return List.copyOf(proposed);
  }

  /**
   * Forgets the changes proposed so far, as a real log drops entries its snapshot covers: a long
   * benchmark would otherwise measure its own copy of every change in the manager's heap.
   */
  public synchronized void forgetProposed() {
    proposed.clear();
  }

  @Override
  public void close() {
    closed = true;
  }
}
