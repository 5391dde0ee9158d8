package dev.warren.adapters.raft;

import static dev.warren.testkit.LogWorkloads.serviceCreated;
import static dev.warren.testkit.LogWorkloads.serviceNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.raft.codec.LogEntryCodec;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.testkit.Closer;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.RestoreRecordingStateAdapter;
import dev.warren.testkit.TestPki;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.conf.Parameters;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.retry.RetryPolicies;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.apache.ratis.util.TimeDuration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Ratis servers on 127.0.0.1: a manager joins a running one-manager group. */
class RatisMembershipIT {
  private static final Duration DEADLINE = Duration.ofSeconds(20);
  private static final long NO_SNAPSHOT_SOON = 1_000_000;

  private static final TestPki PKI = TestPki.create("cluster-members");
  private static final TestPki FOREIGN = TestPki.create("cluster-foreign");

  @TempDir Path dir;

  @AutoClose private final Closer toClose = new Closer();

  @Test
  void aJoiningManagerBecomesAFollowerWithTheWholeStateAndAppliesWhatComesAfter() throws Exception {
    var leader = Manager.start("m1", dir, toClose);
    long before = propose(leader, "web");
    propose(leader, "api");
    var joiner = Manager.join("m2", dir, toClose);
    assertThat(joiner.log.membership().leaderId()).as("not in the group yet").isEmpty();

    leader.log.addMember("m2", joiner.log.address()).get(30, TimeUnit.SECONDS);

    awaitUntil(
        "m2 applied what m1 had",
        () -> joiner.state.lastAppliedIndex() >= leader.state.lastAppliedIndex());
    assertThat(serviceNames(joiner.state)).containsExactly("api", "web");
    assertThat(leader.state.lastAppliedIndex()).isGreaterThan(before);
    var members =
        List.of(
            new ClusterMember("m1", leader.log.address(), Suffrage.VOTER),
            new ClusterMember("m2", joiner.log.address(), Suffrage.VOTER));
    assertThat(leader.log.membership().members()).isEqualTo(members);
    awaitUntil("m2 knows m1 leads", () -> joiner.log.membership().leaderId().isPresent());
    assertThat(joiner.log.membership().leaderId()).contains("m1");
    assertThat(joiner.log.membership().members()).isEqualTo(members);

    long after = propose(leader, "db");

    awaitUntil(
        "m2 applied the change after the join", () -> joiner.state.lastAppliedIndex() >= after);
    assertThat(serviceNames(joiner.state)).containsExactly("api", "db", "web");
    assertThat(serviceNames(leader.state)).containsExactly("api", "db", "web");
  }

  @Test
  void aManagerJoiningALeaderThatHasSnapshotsIsSentOneAndThenTheLog() throws Exception {
    var leader = Manager.start("m1", dir, 5, toClose);
    for (int i = 0; i < 20; i++) {
      propose(leader, "svc-" + i);
    }
    var joiningState = new RestoreRecordingStateAdapter(new InMemoryClusterStateAdapter());
    var joiner = Manager.join("m2", dir, joiningState, toClose);

    leader.log.addMember("m2", joiner.log.address()).get(30, TimeUnit.SECONDS);
    long after = propose(leader, "after-join");

    awaitUntil(
        "m2 applied the change after the join", () -> joiner.state.lastAppliedIndex() >= after);
    assertThat(serviceNames(joiner.state)).isEqualTo(serviceNames(leader.state)).hasSize(21);
    assertThat(joiningState.restoredAt()).as("snapshots installed on m2").isNotEmpty();
  }

  @Test
  void addingAMemberAgainWithTheSameAddressChangesNothingAndAnotherAddressIsRefused()
      throws Exception {
    var leader = Manager.start("m1", dir, toClose);
    var joiner = Manager.join("m2", dir, toClose);
    leader.log.addMember("m2", joiner.log.address()).get(30, TimeUnit.SECONDS);
    var membership = leader.log.membership();

    leader.log.addMember("m2", joiner.log.address()).get(30, TimeUnit.SECONDS);
    var elsewhere = leader.log.addMember("m2", "127.0.0.1:1");
    var selfElsewhere = leader.log.addMember("m1", "127.0.0.1:1");

    assertThat(leader.log.membership()).isEqualTo(membership);
    assertThatThrownBy(() -> elsewhere.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessage(
            "member m2 is already in the group at "
                + joiner.log.address()
                + ", not 127.0.0.1:1; remove it first or join under another id");
    assertThatThrownBy(() -> selfElsewhere.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(FailedPreconditionException.class);
  }

  @Test
  void aMemberAddedThroughAFollowerIsAddedByTheLeader() throws Exception {
    var leader = Manager.start("m1", dir, toClose);
    var second = Manager.join("m2", dir, toClose);
    leader.log.addMember("m2", second.log.address()).get(30, TimeUnit.SECONDS);
    awaitUntil("m2 knows m1 leads", () -> second.log.membership().leaderId().isPresent());
    var third = Manager.join("m3", dir, toClose);

    second.log.addMember("m3", third.log.address()).get(30, TimeUnit.SECONDS);
    long index = propose(leader, "web");

    assertThat(leader.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly("m1", "m2", "m3");
    awaitUntil("m3 applied the change", () -> third.state.lastAppliedIndex() >= index);
    assertThat(serviceNames(third.state)).containsExactly("web");
  }

  @Test
  void aFollowerRemovedThroughAnotherFollowerLeavesAndTheOthersKeepCommitting() throws Exception {
    var leader = Manager.start("m1", dir, toClose);
    var second = Manager.join("m2", dir, toClose);
    leader.log.addMember("m2", second.log.address()).get(30, TimeUnit.SECONDS);
    var third = Manager.join("m3", dir, toClose);
    leader.log.addMember("m3", third.log.address()).get(30, TimeUnit.SECONDS);
    awaitUntil("m2 sees three members", () -> second.log.membership().members().size() == 3);

    second.log.removeMember("m3").get(30, TimeUnit.SECONDS);
    long index = propose(leader, "after-removal");

    assertThat(leader.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly("m1", "m2");
    awaitUntil("m2 applied the change", () -> second.state.lastAppliedIndex() >= index);
    assertThat(serviceNames(third.state)).doesNotContain("after-removal");
    second.log.removeMember("m3").get(10, TimeUnit.SECONDS);
    assertThat(leader.log.membership().members()).hasSize(2);
  }

  @Test
  void aRemovedLeaderHandsOnLeadershipAndTheLastVoterCannotBeRemoved() throws Exception {
    var first = Manager.start("m1", dir, toClose);
    var second = Manager.join("m2", dir, toClose);
    first.log.addMember("m2", second.log.address()).get(30, TimeUnit.SECONDS);
    var third = Manager.join("m3", dir, toClose);
    first.log.addMember("m3", third.log.address()).get(30, TimeUnit.SECONDS);

    first.log.removeMember("m1").get(30, TimeUnit.SECONDS);

    awaitUntil(
        "m2 or m3 leads a group of the two",
        () ->
            (second.log.leaderTerm().isPresent() || third.log.leaderTerm().isPresent())
                && second.log.membership().members().size() == 2);
    assertThat(second.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly("m2", "m3");
    var survivor = second.log.leaderTerm().isPresent() ? second : third;
    var other = survivor == second ? third : second;
    survivor.log.removeMember(other == second ? "m2" : "m3").get(30, TimeUnit.SECONDS);
    String last = survivor == second ? "m2" : "m3";
    assertThatThrownBy(() -> survivor.log.removeMember(last).get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("last voter");
    assertThat(propose(survivor, "alone")).isPositive();
  }

  @Test
  void aMalformedIdOrAddressIsRefusedBeforeAnythingIsSent() {
    var leader = Manager.start("m1", dir, toClose);

    assertThatThrownBy(() -> leader.log.addMember("m2", "no-port").get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "member address 'no-port' is invalid: expected host:port with a port of 1-65535");
    assertThatThrownBy(() -> leader.log.addMember("m 2", "127.0.0.1:7").get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("member id 'm 2' is invalid");
    assertThat(leader.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly("m1");
  }

  @Test
  void aMemberThatDoesNotAnswerIsNotAddedAndTheFailureSaysWhatToCheck() throws Exception {
    var leader = Manager.start("m1", dir, toClose);
    String silent;
    try (var socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      silent = "127.0.0.1:" + socket.getLocalPort();
    }

    var adding = leader.log.addMember("m2", silent);

    assertThatThrownBy(() -> adding.get(30, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("member m2 at " + silent + " did not answer the leader in time");
    assertThat(leader.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly("m1");
    propose(leader, "still-commits");
  }

  @Test
  void aManagerWithACertificateFromAnotherCaCannotJoinAndTheGroupKeepsCommitting()
      throws Exception {
    var leader = Manager.start("m1", dir, toClose);
    var stranger =
        Manager.join(
            "m2",
            dir,
            new InMemoryClusterStateAdapter(),
            RaftTestTls.manager(FOREIGN, "m2"),
            toClose);

    var adding = leader.log.addMember("m2", stranger.log.address());

    assertThatThrownBy(() -> adding.get(30, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("did not answer the leader in time");
    assertThat(leader.log.membership().members())
        .extracting(ClusterMember::id)
        .containsExactly("m1");
    long index = propose(leader, "still-commits");
    assertThat(leader.state.lastAppliedIndex()).isGreaterThanOrEqualTo(index);
    assertThat(stranger.log.membership().leaderId()).isEmpty();
    assertThat(stranger.state.lastAppliedIndex()).isZero();
  }

  @Test
  void aClientWithoutAManagerCertificateOfTheClusterCaCannotProposeAndTheGroupKeepsCommitting()
      throws Exception {
    var leader = Manager.start("m1", dir, toClose);
    var leaderPeer = RaftPeer.newBuilder().setId("m1").setAddress(leader.log.address()).build();
    var entry =
        Message.valueOf(ByteString.copyFrom(LogEntryCodec.encode(serviceCreated("intruder"))));
    var foreign = RatisConfiguration.tls(RaftTestTls.manager(FOREIGN, "intruder"));
    var worker = RatisConfiguration.tls(RaftTestTls.of(PKI, "worker-1", "worker"));
    var plaintext = new Parameters();

    for (Parameters transport : List.of(foreign, worker, plaintext)) {
      try (var client =
          RaftClient.newBuilder()
              .setRaftGroup(RaftGroup.valueOf(RatisReplicatedLogAdapter.GROUP_ID, leaderPeer))
              .setLeaderId(leaderPeer.getId())
              .setProperties(RatisConfiguration.client())
              .setParameters(transport)
              .setRetryPolicy(
                  RetryPolicies.retryUpToMaximumCountWithFixedSleep(
                      2, TimeDuration.valueOf(50, TimeUnit.MILLISECONDS)))
              .build()) {
        assertThatThrownBy(() -> client.io().send(entry)).isInstanceOf(IOException.class);
      }
    }

    propose(leader, "still-commits");
    assertThat(serviceNames(leader.state)).containsExactly("still-commits");
  }

  private static long propose(Manager manager, String service) throws Exception {
    return manager.log.propose(serviceCreated(service)).get(30, TimeUnit.SECONDS);
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

  /** A manager's log and the in-memory state it applies to. */
  private record Manager(RatisReplicatedLogAdapter log, ClusterStatePort state) {
    static Manager start(String id, Path dir, Closer toClose) {
      return start(id, dir, NO_SNAPSHOT_SOON, toClose);
    }

    static Manager start(String id, Path dir, long snapshotThreshold, Closer toClose) {
      var state = new InMemoryClusterStateAdapter();
      var log =
          RatisReplicatedLogAdapter.start(
              settings(id, dir, snapshotThreshold, RaftTestTls.manager(PKI, id)),
              new ApplyCommittedChangeHandler(state),
              state);
      toClose.register(log);
      return new Manager(log, state);
    }

    static Manager join(String id, Path dir, Closer toClose) {
      return join(id, dir, new InMemoryClusterStateAdapter(), toClose);
    }

    static Manager join(String id, Path dir, ClusterStatePort state, Closer toClose) {
      return join(id, dir, state, RaftTestTls.manager(PKI, id), toClose);
    }

    static Manager join(String id, Path dir, ClusterStatePort state, RaftTls tls, Closer toClose) {
      var log =
          RatisReplicatedLogAdapter.startJoining(
              settings(id, dir, NO_SNAPSHOT_SOON, tls),
              new ApplyCommittedChangeHandler(state),
              state);
      toClose.register(log);
      return new Manager(log, state);
    }

    /**
     * Short timeouts: a silent new member is given up on after 3 x 1.5 s, well inside the tests' 30
     * s waits, yet a live one that is slow to catch up on a loaded machine still makes it.
     */
    private static RaftSettings settings(String id, Path dir, long snapshotThreshold, RaftTls tls) {
      return new RaftSettings(
          id,
          dir.resolve(id),
          "127.0.0.1",
          0,
          Duration.ofMillis(500),
          Duration.ofMillis(1500),
          snapshotThreshold,
          tls);
    }
  }
}
