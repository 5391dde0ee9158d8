package dev.warren.application;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Membership;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * An in-memory log whose manager leads or not as a test says: proposals and reads still go through
 * (as a follower forwards them), only {@link #leaderTerm} follows the switch. {@link #lead} starts
 * a new term, as winning an election does.
 */
public final class SwitchableLeadershipLog implements ReplicatedLogPort {
  private final InMemoryReplicatedLogAdapter log;
  private volatile boolean leading;

  public SwitchableLeadershipLog(InMemoryReplicatedLogAdapter log, boolean leading) {
    this.log = log;
    this.leading = leading;
  }

  /** This manager wins an election: it leads in a new term, returned. */
  public long lead() {
    long term = log.beginTerm();
    leading = true;
    return term;
  }

  /** This manager steps down (another one leads from now on). */
  public void stepDown() {
    leading = false;
  }

  @Override
  public CompletableFuture<Long> propose(StateChange change) {
    return log.propose(change);
  }

  @Override
  public CompletableFuture<Long> readBarrier() {
    return log.readBarrier();
  }

  @Override
  public CompletableFuture<Void> addMember(String memberId, String address) {
    return log.addMember(memberId, address);
  }

  @Override
  public CompletableFuture<Void> removeMember(String memberId) {
    return log.removeMember(memberId);
  }

  @Override
  public CompletableFuture<List<MemberProgress>> progress() {
    return log.progress();
  }

  @Override
  public Membership membership() {
    return log.membership();
  }

  @Override
  public OptionalLong leaderTerm() {
    return leading ? log.leaderTerm() : OptionalLong.empty();
  }

  @Override
  public boolean isCaughtUp() {
    return log.isCaughtUp();
  }

  @Override
  public void close() {
    log.close();
  }
}
