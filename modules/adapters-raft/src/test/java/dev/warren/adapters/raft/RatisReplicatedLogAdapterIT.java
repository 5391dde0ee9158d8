package dev.warren.adapters.raft;

import static dev.warren.testkit.LogWorkloads.everyEntity;
import static dev.warren.testkit.LogWorkloads.proposeConcurrently;
import static dev.warren.testkit.LogWorkloads.proposeMixed;
import static dev.warren.testkit.LogWorkloads.serviceCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.Closer;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.LogWorkloads;
import dev.warren.testkit.RestoreRecordingStateAdapter;
import dev.warren.testkit.TestPki;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatisReplicatedLogAdapterIT {
  private static final long NO_SNAPSHOT_SOON = 1_000_000;

  private static final TestPki PKI = TestPki.create("cluster-single");

  @TempDir Path dir;

  @AutoClose private final Closer toClose = new Closer();

  @Test
  void aRestartWithAnEmptyStateRebuildsItFromTheSnapshotAndTheLog() throws Exception {
    var first = Node.start(dir, new InMemoryClusterStateAdapter(), 7, toClose);
    List<Long> acknowledged = proposeMixed(first.log, "svc", 30);
    var expected = everyEntity(first.state);
    first.log.close();
    // Without the snapshot taken on close, the one before it plus the log after it must do.
    List<Path> snapshots = snapshotFiles(dir);
    assertThat(snapshots).hasSizeGreaterThanOrEqualTo(2);
    Files.delete(snapshots.getLast());

    var restoring = new RestoreRecordingStateAdapter(new InMemoryClusterStateAdapter());
    var second = Node.start(dir, restoring, 7, toClose);

    assertThat(restoring.restoredAt()).hasSize(1);
    assertThat(everyEntity(second.state)).isEqualTo(expected);
    assertThat(second.state.lastAppliedIndex()).isEqualTo(acknowledged.getLast());
  }

  @Test
  void aRestartWithoutSnapshotsReplaysTheWholeLog() throws Exception {
    var first = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    List<Long> acknowledged = proposeMixed(first.log, "svc", 20);
    var expected = everyEntity(first.state);
    first.log.close();
    deleteSnapshots(dir);

    var restoring = new RestoreRecordingStateAdapter(new InMemoryClusterStateAdapter());
    var second = Node.start(dir, restoring, NO_SNAPSHOT_SOON, toClose);

    assertThat(restoring.restoredAt()).isEmpty();
    assertThat(everyEntity(second.state)).isEqualTo(expected);
    assertThat(second.state.lastAppliedIndex()).isEqualTo(acknowledged.getLast());
  }

  @Test
  void aRestartAfterTheLogWasPurgedRestoresFromTheSnapshot() throws Exception {
    var state = new InMemoryClusterStateAdapter();
    var first = Node.start(dir, state, 5, toClose);
    proposeMixed(first.log, "svc", 20);
    first.log.close();
    // A new term starts a new log segment, so the first one can be purged after the next snapshot.
    var second = Node.start(dir, state, 5, toClose);
    proposeMixed(second.log, "more", 20);
    var expected = everyEntity(state);
    second.log.close();
    assertThat(logSegmentsStartingAt(dir, 0)).as("the first log segment is purged").isEmpty();

    var restoring = new RestoreRecordingStateAdapter(new InMemoryClusterStateAdapter());
    var third = Node.start(dir, restoring, 5, toClose);

    assertThat(restoring.restoredAt()).hasSize(1);
    assertThat(everyEntity(third.state)).isEqualTo(expected);
  }

  @Test
  void aOneNodeGroupStartsAsItsLeaderQuicklyAndShowsOneVoter() {
    long started = System.nanoTime();
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    Duration startup = Duration.ofNanos(System.nanoTime() - started);

    var membership = node.log.membership();

    assertThat(node.log.port()).isPositive();
    assertThat(node.log.address()).isEqualTo("127.0.0.1:" + node.log.port());
    assertThat(membership.leaderId()).contains("m1");
    assertThat(membership.members())
        .containsExactly(new ClusterMember("m1", node.log.address(), Suffrage.VOTER));
    System.out.printf("[raft] one-node start until leader ready: %d ms%n", startup.toMillis());
    assertThat(startup).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void afterCloseAProposalSaysNoRaftLeaderIsReachable() {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);

    node.log.close();

    assertThatThrownBy(() -> node.log.propose(serviceCreated("web")).get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("no Raft leader reachable");
  }

  @Test
  void startFailsAsUnavailableWhenThePortIsTaken() throws IOException {
    try (var taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      var settings =
          RaftSettings.singleNode(
              "m1",
              dir.resolve("raft"),
              "127.0.0.1",
              taken.getLocalPort(),
              RaftTestTls.manager(PKI, "m1"));

      assertThatThrownBy(
              () ->
                  RatisReplicatedLogAdapter.start(
                      settings,
                      (index, term, change) -> new ApplyOutcome.Applied(index),
                      new InMemoryClusterStateAdapter()))
          .isInstanceOf(UnavailableException.class)
          .hasMessageContaining("cannot start");
    }
  }

  @Test
  void aCorruptSnapshotStopsTheStartInsteadOfServingAWrongState() throws Exception {
    var first = Node.start(dir, new InMemoryClusterStateAdapter(), 5, toClose);
    proposeMixed(first.log, "svc", 10);
    first.log.close();
    for (Path snapshot : snapshotFiles(dir)) {
      Files.write(snapshot, new byte[] {1, 2, 3});
    }

    assertThatThrownBy(() -> Node.start(dir, new InMemoryClusterStateAdapter(), 5, toClose))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("is corrupt");
  }

  @Test
  void startRefusesAStateThatIsAheadOfTheLog() throws Exception {
    var state = new InMemoryClusterStateAdapter();
    var first = Node.start(dir.resolve("a"), state, NO_SNAPSHOT_SOON, toClose);
    proposeMixed(first.log, "svc", 5);
    first.log.close();

    assertThatThrownBy(() -> Node.start(dir.resolve("b"), state, NO_SNAPSHOT_SOON, toClose))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("do not belong together");
  }

  @Test
  void aChangeOverRatisDefaultEntryLimitCommits() throws Exception {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    // Ratis' default limit is 4 MB: a scheduler decision placing 10,000 replicas is about 5 MB.
    Service large = serviceWithEnvValueOf("large", 6 * 1024 * 1024);

    long index =
        node.log.propose(new ServiceChange.ServiceCreated(large)).get(30, TimeUnit.SECONDS);

    assertThat(node.state.lastAppliedIndex()).isEqualTo(index);
    Optional<Service> stored =
        node.state.read(reader -> reader.get(EntityKind.SERVICE, large.id().value()));
    assertThat(stored).contains(large);

    // The log segment holding it must load again: a restart without snapshots replays it.
    node.log.close();
    deleteSnapshots(dir);
    var restarted = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    Optional<Service> replayed =
        restarted.state.read(reader -> reader.get(EntityKind.SERVICE, large.id().value()));
    assertThat(replayed).contains(large);
    assertThat(restarted.state.lastAppliedIndex()).isEqualTo(index);
  }

  @Test
  void aChangeTooLargeForOneEntryIsRefusedWithoutDeposingTheLeader() throws Exception {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    Service tooLarge = serviceWithEnvValueOf("too-large", 9 * 1024 * 1024);

    assertThatThrownBy(
            () ->
                node.log
                    .propose(new ServiceChange.ServiceCreated(tooLarge))
                    .get(30, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("split it into smaller changes");

    long index = node.log.propose(serviceCreated("after")).get(10, TimeUnit.SECONDS);
    assertThat(node.state.lastAppliedIndex()).isEqualTo(index);
    assertThat(node.log.membership().leaderId()).contains("m1");
  }

  private static Service serviceWithEnvValueOf(String name, int bytes) {
    return Service.create(
        ServiceId.random(),
        ServiceSpec.of(name, "nginx:1", 1).withEnv(Map.of("BLOB", "x".repeat(bytes))),
        LogWorkloads.NOW);
  }

  @Test
  void concurrentProposalsAllCommitAtDistinctIndexes() throws Exception {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    int threads = 32;
    int perThread = 500 / threads + 1;
    int total = threads * perThread;

    long started = System.nanoTime();
    List<CompletableFuture<Long>> proposals = proposeConcurrently(node.log, threads, perThread);
    List<Long> indexes = new ArrayList<>();
    for (var proposal : proposals) {
      indexes.add(proposal.get(30, TimeUnit.SECONDS));
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    System.out.printf(
        "[raft] %d concurrent proposals from %d threads: %.2f s, %.0f commits/s%n",
        total, threads, seconds, total / seconds);
    assertThat(new HashSet<>(indexes)).hasSize(total);
    long services = node.state.read(reader -> reader.count(EntityKind.SERVICE));
    assertThat(services).isEqualTo(total);
  }

  @Test
  void sequentialProposalsAndReadBarriersHaveBoundedLatency() throws Exception {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    for (int i = 0; i < 100; i++) {
      node.log.propose(serviceCreated("warm-" + i)).get(10, TimeUnit.SECONDS);
      node.log.readBarrier().get(10, TimeUnit.SECONDS);
    }

    long[] proposals = new long[200];
    for (int i = 0; i < proposals.length; i++) {
      long started = System.nanoTime();
      node.log.propose(serviceCreated("p-" + i)).get(10, TimeUnit.SECONDS);
      proposals[i] = System.nanoTime() - started;
    }
    long last = node.state.lastAppliedIndex();
    long[] reads = new long[2000];
    for (int i = 0; i < reads.length; i++) {
      long started = System.nanoTime();
      assertThat(node.log.readBarrier().get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(last);
      reads[i] = System.nanoTime() - started;
    }

    System.out.printf(
        "[raft] sequential propose: p50 %.2f ms, p99 %.2f ms; readBarrier: p50 %.3f ms, p99 %.3f"
            + " ms%n",
        percentileMillis(proposals, 50),
        percentileMillis(proposals, 99),
        percentileMillis(reads, 50),
        percentileMillis(reads, 99));
    assertThat(percentileMillis(reads, 50)).isLessThan(50.0);
  }

  private static double percentileMillis(long[] nanos, int percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
  }

  private static void deleteSnapshots(Path raftDir) throws IOException {
    for (Path snapshot : snapshotFiles(raftDir)) {
      Files.delete(snapshot);
    }
  }

  /** The snapshot files (without their MD5 files), oldest first. */
  private static List<Path> snapshotFiles(Path raftDir) throws IOException {
    try (Stream<Path> files = Files.walk(raftDir)) {
      return files
          .filter(file -> file.getFileName().toString().matches("snapshot\\.\\d+_\\d+"))
          .sorted(
              Comparator.comparingLong(
                  file -> Long.parseLong(file.getFileName().toString().replaceAll(".*_", ""))))
          .toList();
    }
  }

  private static List<Path> logSegmentsStartingAt(Path raftDir, long index) throws IOException {
    try (Stream<Path> files = Files.walk(raftDir)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("log_" + index + "-"))
          .toList();
    }
  }

  /** A started adapter and the state it drives. */
  private record Node(RatisReplicatedLogAdapter log, ClusterStatePort state) {
    static Node start(Path dir, ClusterStatePort state, long snapshotThreshold, Closer toClose) {
      var defaults =
          RaftSettings.singleNode("m1", dir, "127.0.0.1", 0, RaftTestTls.manager(PKI, "m1"));
      var settings =
          new RaftSettings(
              defaults.nodeId(),
              defaults.directory(),
              defaults.host(),
              defaults.port(),
              defaults.electionTimeoutMin(),
              defaults.electionTimeoutMax(),
              snapshotThreshold,
              defaults.tls());
      var log =
          toClose.register(
              RatisReplicatedLogAdapter.start(
                  settings, new ApplyCommittedChangeHandler(state), state));
      return new Node(log, state);
    }
  }
}
