package dev.warren.adapters.raft;

import dev.warren.domain.change.ServiceChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.ApplyCommittedChangeUseCase;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.TestPki;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatisReplicatedLogAdapterIT {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final long NO_SNAPSHOT_SOON = 1_000_000;

  private static final TestPki PKI = TestPki.create("cluster-single");

  @TempDir Path dir;

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    Collections.reverse(toClose);
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
  }

  @Test
  void aProposedChangeIsAppliedToTheStateAtAGrowingIndex() throws Exception {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);

    long first = node.log.propose(createService("web")).get(10, TimeUnit.SECONDS);
    long second = node.log.propose(createService("api")).get(10, TimeUnit.SECONDS);

    assertThat(first).isPositive();
    assertThat(second).isGreaterThan(first);
    assertThat(serviceNames(node.state)).containsExactly("api", "web");
    assertThat(node.state.lastAppliedIndex()).isEqualTo(second);
  }

  @Test
  void aRejectedChangeFailsWithItsDomainErrorAndChangesNothing() throws Exception {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    node.log.propose(createService("web")).get(10, TimeUnit.SECONDS);
    var before = entities(node.state);

    var duplicate = node.log.propose(createService("web"));

    assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("service already exists: web");
    assertThat(entities(node.state)).isEqualTo(before);
  }

  @Test
  void aRestartWithAnEmptyStateRebuildsItFromTheSnapshotAndTheLog() throws Exception {
    var first = Node.start(dir, new InMemoryClusterStateAdapter(), 7, toClose);
    List<Long> acknowledged = proposeMixedWorkload(first, 30);
    var expected = entities(first.state);
    first.log.close();
    // Without the snapshot taken on close, the one before it plus the log after it must do.
    List<Path> snapshots = snapshotFiles(dir);
    assertThat(snapshots).hasSizeGreaterThanOrEqualTo(2);
    Files.delete(snapshots.getLast());

    var restoring = new RecordingState(new InMemoryClusterStateAdapter());
    var second = Node.start(dir, restoring, 7, toClose);

    assertThat(restoring.restores).isEqualTo(1);
    assertThat(entities(second.state)).isEqualTo(expected);
    assertThat(second.state.lastAppliedIndex()).isEqualTo(acknowledged.getLast());
  }

  @Test
  void aRestartWithoutSnapshotsReplaysTheWholeLog() throws Exception {
    var first = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    List<Long> acknowledged = proposeMixedWorkload(first, 20);
    var expected = entities(first.state);
    first.log.close();
    deleteSnapshots(dir);

    var restoring = new RecordingState(new InMemoryClusterStateAdapter());
    var second = Node.start(dir, restoring, NO_SNAPSHOT_SOON, toClose);

    assertThat(restoring.restores).isZero();
    assertThat(entities(second.state)).isEqualTo(expected);
    assertThat(second.state.lastAppliedIndex()).isEqualTo(acknowledged.getLast());
  }

  @Test
  void aRestartAfterTheLogWasPurgedRestoresFromTheSnapshot() throws Exception {
    var state = new InMemoryClusterStateAdapter();
    var first = Node.start(dir, state, 5, toClose);
    proposeMixedWorkload(first, 20);
    first.log.close();
    // A new term starts a new log segment, so the first one can be purged after the next snapshot.
    var second = Node.start(dir, state, 5, toClose);
    proposeMixedWorkload(second, 20, "more");
    var expected = entities(state);
    second.log.close();
    assertThat(logSegmentsStartingAt(dir, 0)).as("the first log segment is purged").isEmpty();

    var restoring = new RecordingState(new InMemoryClusterStateAdapter());
    var third = Node.start(dir, restoring, 5, toClose);

    assertThat(restoring.restores).isEqualTo(1);
    assertThat(entities(third.state)).isEqualTo(expected);
  }

  @Test
  void aRestartWithAnUpToDateStateAppliesNoEntryTwice() throws Exception {
    var state = new RecordingState(new InMemoryClusterStateAdapter());
    var first = Node.start(dir, state, 4, toClose);
    proposeMixedWorkload(first, 10);
    var expected = entities(state);
    long appliedBefore = state.lastAppliedIndex();
    first.log.close();

    var second = Node.start(dir, state, 4, toClose);
    long next = second.log.propose(createService("after-restart")).get(10, TimeUnit.SECONDS);

    assertThat(state.restores).as("an up-to-date state is not restored").isZero();
    assertThat(second.apply.appliedIndexes()).containsExactly(next);
    var applied = new ArrayList<>(first.apply.appliedIndexes());
    applied.addAll(second.apply.appliedIndexes());
    assertThat(applied).doesNotHaveDuplicates();
    assertThat(next).isGreaterThan(appliedBefore);
    List<Object> servicesAfter = new ArrayList<>(entities(state).get("service"));
    assertThat(servicesAfter)
        .containsAll(expected.get("service"))
        .hasSize(expected.get("service").size() + 1);
  }

  @Test
  void aReadBarrierCoversEveryCompletedProposal() throws Exception {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    long index = node.log.propose(createService("web")).get(10, TimeUnit.SECONDS);

    long barrier = node.log.readBarrier().get(10, TimeUnit.SECONDS);

    assertThat(barrier).isGreaterThanOrEqualTo(index);
    assertThat(node.state.lastAppliedIndex()).isLessThanOrEqualTo(barrier);
    assertThat(node.log.isCaughtUp()).isTrue();
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
  void afterCloseProposalsAndReadsFailAsUnavailable() {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);

    node.log.close();
    node.log.close();

    assertThatThrownBy(() -> node.log.propose(createService("web")).get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("no Raft leader reachable");
    assertThatThrownBy(() -> node.log.readBarrier().get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(UnavailableException.class);
    assertThat(node.log.isCaughtUp()).isFalse();
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
                      (index, change) -> new ApplyOutcome.Applied(index),
                      new InMemoryClusterStateAdapter()))
          .isInstanceOf(UnavailableException.class)
          .hasMessageContaining("cannot start");
    }
  }

  @Test
  void aCorruptSnapshotStopsTheStartInsteadOfServingAWrongState() throws Exception {
    var first = Node.start(dir, new InMemoryClusterStateAdapter(), 5, toClose);
    proposeMixedWorkload(first, 10);
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
    proposeMixedWorkload(first, 5);
    first.log.close();

    assertThatThrownBy(() -> Node.start(dir.resolve("b"), state, NO_SNAPSHOT_SOON, toClose))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("do not belong together");
  }

  @Test
  void concurrentProposalsAllCommitAtDistinctIndexes() throws Exception {
    var node = Node.start(dir, new InMemoryClusterStateAdapter(), NO_SNAPSHOT_SOON, toClose);
    int threads = 32;
    int perThread = 500 / threads + 1;
    int total = threads * perThread;
    List<CompletableFuture<Long>> proposals = Collections.synchronizedList(new ArrayList<>());

    long started = System.nanoTime();
    try (var pool = Executors.newFixedThreadPool(threads)) {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.submit(
            () -> {
              for (int i = 0; i < perThread; i++) {
                proposals.add(node.log.propose(createService("s-" + thread + "-" + i)));
              }
            });
      }
    }
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
      node.log.propose(createService("warm-" + i)).get(10, TimeUnit.SECONDS);
      node.log.readBarrier().get(10, TimeUnit.SECONDS);
    }

    long[] proposals = new long[200];
    for (int i = 0; i < proposals.length; i++) {
      long started = System.nanoTime();
      node.log.propose(createService("p-" + i)).get(10, TimeUnit.SECONDS);
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

  /** Creates, updates, deletes and a rejected duplicate, so replay has every kind of outcome. */
  private static List<Long> proposeMixedWorkload(Node node, int services) throws Exception {
    return proposeMixedWorkload(node, services, "svc");
  }

  private static List<Long> proposeMixedWorkload(Node node, int services, String prefix)
      throws Exception {
    List<Long> acknowledged = new ArrayList<>();
    List<Service> created = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      Service service =
          Service.create(ServiceId.random(), ServiceSpec.of(prefix + "-" + i, "nginx:1", 1), NOW);
      acknowledged.add(
          node.log.propose(new ServiceChange.ServiceCreated(service)).get(10, TimeUnit.SECONDS));
      created.add(service);
    }
    var duplicate = node.log.propose(createService(prefix + "-0"));
    assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(AlreadyExistsException.class);
    Service updated =
        created.get(1).update(ServiceSpec.of(prefix + "-1", "nginx:2", 3), NOW.plusSeconds(1));
    acknowledged.add(
        node.log.propose(new ServiceChange.ServiceUpdated(updated)).get(10, TimeUnit.SECONDS));
    acknowledged.add(
        node.log
            .propose(new ServiceChange.ServiceDeleted(created.get(2).id()))
            .get(10, TimeUnit.SECONDS));
    return acknowledged;
  }

  private static StateChange createService(String name) {
    return new ServiceChange.ServiceCreated(
        Service.create(ServiceId.random(), ServiceSpec.of(name, "nginx:1", 1), NOW));
  }

  private static List<String> serviceNames(ClusterStatePort state) {
    return state.read(reader -> reader.list(EntityKind.SERVICE)).stream()
        .map(Service::name)
        .sorted()
        .toList();
  }

  private static Map<String, List<?>> entities(ClusterStatePort state) {
    return state.read(
        reader -> {
          Map<String, List<?>> all = new LinkedHashMap<>();
          for (EntityKind<?> kind : EntityKind.all()) {
            all.put(kind.name(), reader.list(kind));
          }
          return all;
        });
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

  /** A started adapter with the apply handler and the state it drives. */
  private record Node(RatisReplicatedLogAdapter log, RecordingApply apply, ClusterStatePort state) {
    static Node start(
        Path dir, ClusterStatePort state, long snapshotThreshold, List<AutoCloseable> toClose) {
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
      var apply = new RecordingApply(new ApplyCommittedChangeHandler(state));
      var log = RatisReplicatedLogAdapter.start(settings, apply, state);
      toClose.add(log);
      return new Node(log, apply, state);
    }
  }

  /** Records what the apply logic did, to prove no entry is applied twice. */
  private static final class RecordingApply implements ApplyCommittedChangeUseCase {
    private final ApplyCommittedChangeUseCase delegate;
    private final List<ApplyOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    RecordingApply(ApplyCommittedChangeUseCase delegate) {
      this.delegate = delegate;
    }

    @Override
    public ApplyOutcome apply(long logIndex, StateChange change) {
      ApplyOutcome outcome = delegate.apply(logIndex, change);
      outcomes.add(outcome);
      return outcome;
    }

    List<Long> appliedIndexes() {
      synchronized (outcomes) {
        return outcomes.stream()
            .filter(outcome -> outcome instanceof ApplyOutcome.Applied)
            .map(ApplyOutcome::logIndex)
            .toList();
      }
    }
  }

  /** Counts snapshot restores of the state it wraps. */
  private static final class RecordingState implements ClusterStatePort {
    private final ClusterStatePort delegate;
    volatile int restores;

    RecordingState(ClusterStatePort delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T read(
        java.util.function.Function<dev.warren.domain.port.out.StateReader, T> query) {
      return delegate.read(query);
    }

    @Override
    public void apply(
        long logIndex,
        java.util.function.Consumer<dev.warren.domain.port.out.StateWriter> mutation) {
      delegate.apply(logIndex, mutation);
    }

    @Override
    public long lastAppliedIndex() {
      return delegate.lastAppliedIndex();
    }

    @Override
    public void writeSnapshot(Path target) {
      delegate.writeSnapshot(target);
    }

    @Override
    public void restoreSnapshot(Path source) {
      restores++;
      delegate.restoreSnapshot(source);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
