package dev.warren.adapters.raft;

import static dev.warren.testkit.LogWorkloads.everyEntity;
import static dev.warren.testkit.LogWorkloads.serviceCreated;
import static dev.warren.testkit.LogWorkloads.serviceNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.StateReader;
import dev.warren.domain.port.out.StateWriter;
import dev.warren.testkit.Await;
import dev.warren.testkit.Closer;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.RestoreRecordingStateAdapter;
import dev.warren.testkit.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots with real Ratis servers on 127.0.0.1: written beside the apply thread, and installed on
 * a member that lost its directory.
 */
class RatisSnapshotIT {
  private static final TestPki PKI = TestPki.create("cluster-snapshots");

  @TempDir Path dir;

  @AutoClose private final Closer toClose = new Closer();

  @Test
  void proposalsKeepCompletingWhileASnapshotIsBeingWritten() throws Exception {
    var state = new SlowSnapshotStateAdapter(new InMemoryClusterStateAdapter());
    var node = Member.start("m1", dir, state, 0, toClose);
    for (int i = 0; i < 10; i++) {
      propose(node, "before-" + i);
    }
    assertThat(state.snapshotStarted.await(20, TimeUnit.SECONDS))
        .as("a snapshot was started after 10 entries with a threshold of 5")
        .isTrue();

    // The snapshot cannot finish until released: if it ran on the apply thread, none of these
    // proposals would be applied and the first one would time out.
    long last = 0;
    for (int i = 0; i < 30; i++) {
      last = propose(node, "during-" + i);
    }
    assertThat(state.lastAppliedIndex()).isGreaterThanOrEqualTo(last);
    assertThat(snapshotFiles(dir.resolve("m1"))).as("no snapshot finished yet").isEmpty();

    state.releaseSnapshot.countDown();
    Await.until(() -> !snapshotFiles(dir.resolve("m1")).isEmpty());
    long afterRelease = propose(node, "after");
    assertThat(state.lastAppliedIndex()).isGreaterThanOrEqualTo(afterRelease);
  }

  @Test
  void aManagerWhoseDirectoryWasWipedRejoinsAsANewMemberAndIsSentASnapshot() throws Exception {
    var m1 = Member.start("m1", dir, new InMemoryClusterStateAdapter(), 0, toClose);
    var m2 = Member.join("m2", dir, new InMemoryClusterStateAdapter(), 0, toClose);
    m1.log.addMember("m2", m2.log.address()).get(30, TimeUnit.SECONDS);
    var m3 = Member.join("m3", dir, new InMemoryClusterStateAdapter(), 0, toClose);
    m1.log.addMember("m3", m3.log.address()).get(30, TimeUnit.SECONDS);
    for (int i = 0; i < 20; i++) {
      propose(m1, "first-" + i);
    }
    // Ratis purges only closed log segments, and a new term closes the open one: restarting the
    // leader makes the rest of the group elect another.
    m1.log.close();
    Await.until(() -> m2.log.leaderTerm().isPresent() || m3.log.leaderTerm().isPresent());
    var m1Again = Member.start("m1", dir, m1.state, m1.log.port(), toClose);
    for (int i = 0; i < 20; i++) {
      propose(m1Again, "second-" + i);
    }
    var leader = Stream.of(m2, m3).filter(m -> m.log.leaderTerm().isPresent()).findFirst();
    assertThat(leader).as("m2 or m3 leads").isPresent();
    var survivor = leader.get() == m2 ? m2 : m3;
    var wipedMember = leader.get() == m2 ? m3 : m2;
    Await.until(
        () -> logSegmentsStartingAt(dir.resolve(survivor.id), 0).isEmpty(), Duration.ofSeconds(30));

    wipedMember.log.close();
    deleteTree(dir.resolve(wipedMember.id));
    for (int i = 0; i < 10; i++) {
      propose(m1Again, "third-" + i);
    }
    // Ratis' leader does not recover a follower that comes back under its old id with no log: it
    // heartbeats it with the old next index forever. The way back for a wiped manager is to rejoin
    // as a new member (after `node rm` of the old one), which the leader stages with a snapshot.
    var wiped = new RestoreRecordingStateAdapter(new InMemoryClusterStateAdapter());
    var restarted = Member.join(wipedMember.id + "-again", dir, wiped, 0, toClose);
    m1Again.log.addMember(restarted.id, restarted.log.address()).get(30, TimeUnit.SECONDS);
    long last = propose(m1Again, "after-rejoin");

    Await.until(() -> wiped.lastAppliedIndex() >= last, Duration.ofSeconds(60));
    assertThat(wiped.restoredAt()).as("snapshots installed on the wiped member").isNotEmpty();
    Await.until(() -> m1Again.state.lastAppliedIndex() >= last);
    Await.until(() -> survivor.state.lastAppliedIndex() >= last);
    assertThat(everyEntity(restarted.state))
        .isEqualTo(everyEntity(survivor.state))
        .isEqualTo(everyEntity(m1Again.state));
    assertThat(serviceNames(restarted.state)).hasSize(51);
  }

  @Test
  void aGroupSeededFromAStateCopyStartsWithThatStateAndLogsAfterItsIndex() throws Exception {
    var source = Member.start("m1", dir, new InMemoryClusterStateAdapter(), 0, toClose);
    for (int i = 0; i < 12; i++) {
      propose(source, "svc-" + i);
    }
    source.log.close();
    Path copy = dir.resolve("state-copy");
    source.state.writeSnapshot(copy);
    long index = source.state.lastAppliedIndex();

    RatisReplicatedLogAdapter.seedFromSnapshot(dir.resolve("restored"), copy, index);
    var state = new RestoreRecordingStateAdapter(new InMemoryClusterStateAdapter());
    var restored = Member.start("restored", dir, state, 0, toClose);

    assertThat(state.restoredAt()).containsExactly(index);
    assertThat(everyEntity(state)).isEqualTo(everyEntity(source.state));
    long next = propose(restored, "after-restore");
    assertThat(next).isGreaterThan(index);
    assertThat(serviceNames(state)).contains("after-restore").hasSize(13);
    assertThatThrownBy(() -> RatisReplicatedLogAdapter.seedFromSnapshot(dir.resolve("m1"), copy, 1))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("already holds a Raft log");
  }

  private static long propose(Member member, String service) throws Exception {
    return member.log.propose(serviceCreated(service)).get(10, TimeUnit.SECONDS);
  }

  private static java.util.List<Path> snapshotFiles(Path raftDir) {
    try (Stream<Path> files = Files.walk(raftDir)) {
      return files
          .filter(file -> file.getFileName().toString().matches("snapshot\\.\\d+_\\d+"))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static java.util.List<Path> logSegmentsStartingAt(Path raftDir, long index) {
    try (Stream<Path> files = Files.walk(raftDir)) {
      return files
          .filter(
              file ->
                  file.getFileName().toString().matches("log_(inprogress_)?" + index + "(-\\d+)?"))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /**
   * A state whose snapshot copy waits until the test releases it, standing in for a large state
   * that takes long to copy.
   */
  private static final class SlowSnapshotStateAdapter implements ClusterStatePort {
    private final ClusterStatePort delegate;
    final CountDownLatch snapshotStarted = new CountDownLatch(1);
    final CountDownLatch releaseSnapshot = new CountDownLatch(1);

    SlowSnapshotStateAdapter(ClusterStatePort delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T read(Function<StateReader, T> query) {
      return delegate.read(query);
    }

    @Override
    public void apply(long logIndex, Consumer<StateWriter> mutation) {
      delegate.apply(logIndex, mutation);
    }

    @Override
    public long lastAppliedIndex() {
      return delegate.lastAppliedIndex();
    }

    @Override
    public void writeSnapshot(Path target) {
      snapshotStarted.countDown();
      try {
        if (!releaseSnapshot.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never released the snapshot");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      delegate.writeSnapshot(target);
    }

    @Override
    public void restoreSnapshot(Path source) {
      delegate.restoreSnapshot(source);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  /** A manager's log and the in-memory state it applies to. */
  private record Member(String id, RatisReplicatedLogAdapter log, ClusterStatePort state) {
    static Member start(String id, Path dir, ClusterStatePort state, int port, Closer toClose) {
      var log =
          RatisReplicatedLogAdapter.start(
              settings(id, dir, port), new ApplyCommittedChangeHandler(state), state);
      toClose.register(log);
      return new Member(id, log, state);
    }

    static Member join(String id, Path dir, ClusterStatePort state, int port, Closer toClose) {
      var log =
          RatisReplicatedLogAdapter.startJoining(
              settings(id, dir, port), new ApplyCommittedChangeHandler(state), state);
      toClose.register(log);
      return new Member(id, log, state);
    }

    private static RaftSettings settings(String id, Path dir, int port) {
      return settings(id, dir, port, Duration.ofMillis(500));
    }

    /** A snapshot every 5 entries, so that the tests see several. */
    private static RaftSettings settings(
        String id, Path dir, int port, Duration electionTimeoutMin) {
      return new RaftSettings(
          id,
          dir.resolve(id),
          "127.0.0.1",
          port,
          electionTimeoutMin,
          electionTimeoutMin.multipliedBy(3),
          5,
          RaftTestTls.manager(PKI, id));
    }
  }
}
