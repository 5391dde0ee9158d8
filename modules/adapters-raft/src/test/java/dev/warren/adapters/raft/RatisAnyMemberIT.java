package dev.warren.adapters.raft;

import static dev.warren.testkit.LogWorkloads.serviceCreated;
import static dev.warren.testkit.LogWorkloads.serviceNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.testkit.Closer;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.TestPki;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real Ratis members in this JVM on 127.0.0.1: writes and linearizable reads work on every
 * member, Raft's leadership never reaches the caller, and without a quorum a call fails as
 * unavailable after the configured wait.
 */
class RatisAnyMemberIT {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  /** Short, for the test without a quorum; the others keep the default, to ride out elections. */
  private static final Duration LEADER_WAIT = Duration.ofSeconds(3);

  private static final TestPki PKI = TestPki.create("any-member");

  @TempDir Path dir;

  @AutoClose private final Closer toClose = new Closer();

  @Test
  void aChangeProposedOnAFollowerIsCommittedThroughTheLeaderAndAppliedOnEveryMember()
      throws Exception {
    var cluster = threeMembers();
    Member follower = cluster.followers().getFirst();

    long index = follower.log.propose(serviceCreated("web")).get(30, TimeUnit.SECONDS);

    assertThat(follower.state.lastAppliedIndex()).isGreaterThanOrEqualTo(index);
    assertThat(serviceNames(follower.state)).containsExactly("web");
    for (Member member : cluster.members) {
      awaitUntil(member.id + " applied the change", () -> member.state.lastAppliedIndex() >= index);
      assertThat(serviceNames(member.state)).containsExactly("web");
    }
  }

  @Test
  void aLinearizableReadOnAFollowerSeesAWriteTheLeaderAcknowledgedJustBefore() throws Exception {
    var cluster = threeMembers();
    Member leader = cluster.leader();
    Member follower = cluster.followers().getFirst();

    for (int i = 0; i < 20; i++) {
      String name = "svc-" + i;
      long written = leader.log.propose(serviceCreated(name)).get(30, TimeUnit.SECONDS);

      long barrier = follower.log.readBarrier().get(30, TimeUnit.SECONDS);

      assertThat(barrier).as("read index after write %s", name).isGreaterThanOrEqualTo(written);
      assertThat(follower.state.lastAppliedIndex()).isGreaterThanOrEqualTo(written);
      assertThat(serviceNames(follower.state)).contains(name);
    }
  }

  @Test
  void writesProposedOnAFollowerWhileTheLeaderStopsAreAcceptedOnceAnotherLeads() throws Exception {
    var cluster = threeMembers();
    Member leader = cluster.leader();
    Member follower = cluster.followers().getFirst();

    leader.log.close();
    long index =
        follower.log.propose(serviceCreated("after-leader-stopped")).get(30, TimeUnit.SECONDS);
    long barrier = follower.log.readBarrier().get(30, TimeUnit.SECONDS);

    assertThat(barrier).isGreaterThanOrEqualTo(index);
    assertThat(serviceNames(follower.state)).containsExactly("after-leader-stopped");
    assertThat(follower.log.membership().leaderId()).isPresent().isNotEqualTo(leader.id);
  }

  @Test
  void withoutAQuorumWritesAndReadsWaitTheLeaderWaitThenFailAsUnavailable() throws Exception {
    var cluster = threeMembers(LEADER_WAIT);
    Member survivor = cluster.followers().getFirst();
    for (Member member : cluster.members) {
      if (member != survivor) {
        member.log.close();
      }
    }

    long started = System.nanoTime();
    var write = survivor.log.propose(serviceCreated("no-quorum"));
    assertThatThrownBy(() -> write.get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(UnavailableException.class)
        .hasMessageStartingWith(
            "the change ServiceCreated got no answer from a Raft leader within 3 s: no leader is"
                + " elected or reachable; a majority of the managers must be running and reach"
                + " each other")
        .hasMessageNotContainingAny("NotLeaderException", "LeaderNotReady");
    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    var read = survivor.log.readBarrier();
    assertThatThrownBy(() -> read.get(30, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(UnavailableException.class)
        .hasMessageStartingWith(
            "the linearizable read got no answer from a Raft leader within 3 s");

    assertThat(waited).isBetween(LEADER_WAIT.minusMillis(100), LEADER_WAIT.plusSeconds(5));
    awaitUntil("the survivor knows it has no leader", () -> !survivor.log.isCaughtUp());
    assertThat(survivor.log.leaderTerm()).isEmpty();
  }

  @Test
  void aFollowerIsCaughtUpWithALeaderAndNotOnceItsPeersAreGone() throws Exception {
    var cluster = threeMembers();
    Member follower = cluster.followers().getFirst();
    long index = cluster.leader().log.propose(serviceCreated("web")).get(30, TimeUnit.SECONDS);
    awaitUntil("the follower applied the change", () -> follower.state.lastAppliedIndex() >= index);

    awaitUntil("the follower is caught up", follower.log::isCaughtUp);
    for (Member member : cluster.members) {
      if (member != follower) {
        member.log.close();
      }
    }

    awaitUntil("the follower is no longer caught up", () -> !follower.log.isCaughtUp());
    assertThat(follower.log.membership().leaderId()).isEmpty();
  }

  @Test
  void leadershipAndItsTermMoveToAnotherMemberWhenTheLeaderStops() throws Exception {
    var cluster = threeMembers();
    Member leader = cluster.leader();
    List<Member> followers = cluster.followers();
    long oldTerm = leader.log.leaderTerm().orElseThrow();
    for (Member follower : followers) {
      assertThat(follower.log.leaderTerm()).as(follower.id).isEmpty();
    }

    leader.log.close();

    assertThat(leader.log.leaderTerm()).isEmpty();
    awaitUntil(
        "another member leads",
        () -> followers.stream().anyMatch(m -> m.log.leaderTerm().isPresent()));
    Member next = followers.stream().filter(m -> m.log.leaderTerm().isPresent()).findFirst().get();
    assertThat(next.log.leaderTerm().getAsLong()).isGreaterThan(oldTerm);
    assertThat(followers.stream().filter(m -> m.log.leaderTerm().isPresent())).hasSize(1);
  }

  private static void awaitUntil(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("timed out after " + DEADLINE + " waiting until " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }

  /** m1 starts alone, m2 and m3 join it; returns once all three know the same leader. */
  private Cluster threeMembers() throws Exception {
    return threeMembers(RaftSettings.LEADER_WAIT_DEFAULT);
  }

  private Cluster threeMembers(Duration leaderWait) throws Exception {
    var first = Member.start("m1", dir, leaderWait, toClose, false);
    var members = new ArrayList<Member>(List.of(first));
    for (String id : List.of("m2", "m3")) {
      var joiner = Member.start(id, dir, leaderWait, toClose, true);
      first.log.addMember(id, joiner.log.address()).get(30, TimeUnit.SECONDS);
      members.add(joiner);
    }
    var cluster = new Cluster(List.copyOf(members));
    awaitUntil(
        "every member knows the leader and it is ready",
        () ->
            cluster.members.stream().filter(m -> m.log.leaderTerm().isPresent()).count() == 1
                && cluster.members.stream()
                    .allMatch(
                        m ->
                            m.log.membership().leaderId().equals(first.log.membership().leaderId())
                                && m.log.isCaughtUp()));
    return cluster;
  }

  private record Cluster(List<Member> members) {
    Member leader() {
      return members.stream().filter(m -> m.log.leaderTerm().isPresent()).findFirst().orElseThrow();
    }

    List<Member> followers() {
      return members.stream().filter(m -> m.log.leaderTerm().isEmpty()).toList();
    }
  }

  /** A member's log and the in-memory state it applies to. */
  private record Member(String id, RatisReplicatedLogAdapter log, ClusterStatePort state) {
    static Member start(String id, Path dir, Duration leaderWait, Closer toClose, boolean joining) {
      var state = new InMemoryClusterStateAdapter();
      var apply = new ApplyCommittedChangeHandler(state);
      var settings =
          new RaftSettings(
                  id,
                  dir.resolve(id),
                  "127.0.0.1",
                  0,
                  Duration.ofMillis(500),
                  Duration.ofMillis(1500),
                  1_000_000,
                  RaftTestTls.manager(PKI, id))
              .withLeaderWait(leaderWait);
      var log =
          joining
              ? RatisReplicatedLogAdapter.startJoining(settings, apply, state)
              : RatisReplicatedLogAdapter.start(settings, apply, state);
      toClose.register(log);
      return new Member(id, log, state);
    }
  }
}
