package dev.warren.testkit;

import dev.warren.codec.DomainCodec;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A single-node {@link ReplicatedLogPort} that commits every proposal at once and applies it
 * synchronously, on the proposing thread, through the given use case. Each change goes through
 * {@link DomainCodec} first, as it would into a real log, so a change that cannot be encoded fails
 * fast tests too.
 *
 * <p>Threading: proposals are serialized, so indexes are assigned and applied in order; every
 * returned future is already complete.
 */
public final class InMemoryReplicatedLogAdapter implements ReplicatedLogPort {
  /** The one member's id. */
  public static final String LOCAL_MEMBER = "local";

  private final ApplyCommittedChangeUseCase apply;
  private final List<StateChange> proposed = new ArrayList<>();
  private long lastIndex;
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
      return switch (apply.apply(index, committed)) {
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

  /** One voter, {@value #LOCAL_MEMBER}, which is the leader. */
  @Override
  public Membership membership() {
    return new Membership(
        Optional.of(LOCAL_MEMBER),
        List.of(new ClusterMember(LOCAL_MEMBER, "in-memory", Suffrage.VOTER)));
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

  @Override
  public void close() {
    closed = true;
  }
}
