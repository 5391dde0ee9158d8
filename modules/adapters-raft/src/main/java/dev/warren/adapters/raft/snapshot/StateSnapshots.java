package dev.warren.adapters.raft.snapshot;

import dev.warren.domain.port.out.ClusterStatePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.ratis.io.MD5Hash;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.raftlog.RaftLog;
import org.apache.ratis.server.storage.FileInfo;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.impl.SimpleStateMachineStorage;
import org.apache.ratis.statemachine.impl.SingleFileSnapshotInfo;
import org.apache.ratis.util.MD5FileUtil;
import org.apache.ratis.util.SizeInBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots of the cluster state as single files in Ratis' state machine directory ({@code
 * snapshot.<term>_<index>} with an MD5 beside it). The live store is elsewhere; a snapshot is a
 * copy the store writes through {@link ClusterStatePort#writeSnapshot} and reads back through
 * {@link ClusterStatePort#restoreSnapshot}, so Ratis can purge its log and ship the file to a
 * lagging follower.
 *
 * <p>Ratis asks for a snapshot on its one apply thread and applies nothing until the call returns,
 * so {@link #takeInBackground} only starts the copy on a thread of its own and returns at once: the
 * store writes a consistent copy while later entries keep being applied, and the finished snapshot
 * is reported to Ratis (which then purges its log) on a later call. Lifecycle callbacks ({@link
 * #restoreIfNewer}, {@link #awaitIdle}) come from Ratis one at a time.
 */
public final class StateSnapshots implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StateSnapshots.class);
  private static final long NONE = RaftLog.INVALID_LOG_INDEX;

  private final ClusterStatePort state;
  private final SimpleStateMachineStorage storage = new SimpleStateMachineStorage();
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("warren-state-snapshot").factory());

  // Guarded by this: the copy being written (done when none is) and the newest index reported.
  private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
  private long reported = NONE;
  private boolean closed;
  private boolean paused;

  public StateSnapshots(ClusterStatePort state) {
    this.state = state;
  }

  /** Ratis' storage of the snapshot files, which must be handed to Ratis. */
  public SimpleStateMachineStorage storage() {
    return storage;
  }

  /** Binds to the state machine directory of {@code raftStorage}. */
  public void init(RaftStorage raftStorage) throws IOException {
    storage.init(raftStorage);
  }

  /**
   * Restores the state from the newest snapshot on disk if the state is behind it (a new or lost
   * store, or a snapshot installed from the leader); a state at or past the snapshot is kept, as
   * every entry it holds is committed.
   *
   * @return the term and index of the newest snapshot, or null if there is none
   * @throws IOException if the snapshot is corrupt or the store cannot read it
   */
  public TermIndex restoreIfNewer() throws IOException {
    SingleFileSnapshotInfo latest = storage.loadLatestSnapshot();
    if (latest == null) {
      return null;
    }
    long stateIndex = state.lastAppliedIndex();
    if (stateIndex < latest.getIndex()) {
      Path file = latest.getFile().getPath();
      MD5Hash expected = latest.getFile().getFileDigest();
      if (expected != null) {
        MD5Hash actual = MD5FileUtil.computeMd5ForFile(file.toFile());
        if (!actual.equals(expected)) {
          throw new IOException(
              "snapshot " + file + " is corrupt: its MD5 is " + actual + ", expected " + expected);
        }
      }
      try {
        state.restoreSnapshot(file);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (IllegalArgumentException e) {
        throw new IOException("snapshot " + file + " cannot be restored: " + e.getMessage(), e);
      }
      LOG.info(
          "Restored the cluster state from snapshot {} (state was at index {})",
          latest.getTermIndex(),
          stateIndex);
    }
    return latest.getTermIndex();
  }

  /**
   * Ratis' request for a snapshot, answered without waiting for one: reports the newest snapshot
   * finished since the last call, and starts copying the state as the snapshot at {@code applied}
   * unless a copy is already being written or the newest snapshot covers it.
   *
   * <p>{@code applied} must be an index the state has already applied: the copy begins later and
   * holds at least that much, and entries it holds beyond the label are acknowledged as already
   * applied when the log after the snapshot is replayed.
   *
   * @return the index of a snapshot newer than any reported before, for Ratis to purge its log up
   *     to; {@link RaftLog#INVALID_LOG_INDEX} if there is none yet
   */
  public synchronized long takeInBackground(TermIndex applied) {
    if (!writing.isDone()) {
      return NONE;
    }
    SingleFileSnapshotInfo latest = storage.getLatestSnapshot();
    long newest = latest == null ? NONE : latest.getIndex();
    if (applied.getIndex() > newest && !closed && !paused) {
      writing = CompletableFuture.runAsync(() -> takeOrLog(applied), writer);
    }
    if (newest > reported) {
      reported = newest;
      return newest;
    }
    return NONE;
  }

  /**
   * Ratis' request for a snapshot that someone waits for (an operator's request, or the one on
   * stop): waits for a copy being written, then writes one at {@code applied} on the calling
   * thread.
   *
   * @return the index of the newest snapshot, which covers {@code applied}
   * @throws IOException if the snapshot cannot be written
   */
  public long takeNow(TermIndex applied) throws IOException {
    awaitIdle();
    long index = take(applied);
    synchronized (this) {
      reported = Math.max(reported, index);
    }
    return index;
  }

  /** The newest snapshot index reported to Ratis, which Ratis counts its threshold from. */
  public synchronized long reported() {
    return reported;
  }

  private void takeOrLog(TermIndex applied) {
    long started = System.nanoTime();
    try {
      take(applied);
      LOG.info(
          "Wrote the state snapshot at {} in {} ms while entries kept being applied",
          applied,
          (System.nanoTime() - started) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      // Ratis asks again after the next applied entries; until then the log is kept whole.
      LOG.error("The state snapshot at {} failed; the log is kept until one succeeds", applied, e);
    }
  }

  /**
   * Starts no more snapshots and waits for the one being written: Ratis is about to replace the
   * snapshot directory with one from the leader, and its apply thread may still ask for a snapshot
   * until it reloads.
   */
  public void pause() {
    synchronized (this) {
      paused = true;
    }
    awaitIdle();
  }

  /** Starts snapshots again after {@link #pause}, once the installed one is loaded. */
  public synchronized void resume() {
    paused = false;
  }

  /**
   * Waits until no snapshot is being written, for a caller that is about to replace or close the
   * state (Ratis installing a snapshot from the leader, or stopping).
   */
  public void awaitIdle() {
    CompletableFuture<Void> current;
    synchronized (this) {
      current = writing;
    }
    current.join();
  }

  /** Lets a snapshot being written finish, then stops the thread that writes them. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    awaitIdle();
    writer.shutdown();
  }

  /**
   * Writes the state as the snapshot at {@code applied}, durably, and makes it the latest. The
   * state must be at or past {@code applied}; it may move on while the copy is written.
   *
   * @return the index of the newest snapshot
   * @throws IOException if the snapshot cannot be written; the previous snapshot stays
   */
  public long take(TermIndex applied) throws IOException {
    SingleFileSnapshotInfo latest = storage.getLatestSnapshot();
    if (latest != null && latest.getIndex() >= applied.getIndex()) {
      return latest.getIndex();
    }
    Path target = storage.getSnapshotFile(applied.getTerm(), applied.getIndex()).toPath();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      Files.deleteIfExists(partial);
      state.writeSnapshot(partial);
      force(partial);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      force(target.getParent());
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(partial);
      throw e.getCause();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e instanceof IOException io
          ? io
          : new IOException("the state store failed to write a snapshot: " + e.getMessage(), e);
    }
    MD5Hash digest = MD5FileUtil.computeAndSaveMd5ForFile(target.toFile());
    storage.updateLatestSnapshot(new SingleFileSnapshotInfo(new FileInfo(target, digest), applied));
    return applied.getIndex();
  }

  /**
   * Makes {@code stateSnapshot} (a copy the store wrote, holding the state up to {@code
   * appliedIndex} exactly) the only snapshot of a Raft directory that has no log yet, so that a
   * server started on it restores the state from it and logs new entries after {@code
   * appliedIndex}: a restored backup continues the index sequence its state was written in.
   *
   * @param groupDirectory Ratis' directory of the group, which must not hold a log
   * @throws IOException if it already holds one, or the files cannot be written
   */
  public static void seed(Path groupDirectory, Path stateSnapshot, long appliedIndex)
      throws IOException {
    if (Files.exists(groupDirectory.resolve("current"))) {
      throw new IOException(
          groupDirectory + " already holds a Raft log; seed only a new directory");
    }
    // A storage directory without Ratis' metadata is formatted on start, which empties sm/ too.
    Files.createDirectories(groupDirectory);
    try (RaftStorage formatted =
        RaftStorage.newBuilder()
            .setDirectory(groupDirectory.toFile())
            .setOption(RaftStorage.StartupOption.FORMAT)
            .setStorageFreeSpaceMin(SizeInBytes.ZERO)
            .setLogCorruptionPolicy(RaftServerConfigKeys.Log.CorruptionPolicy.EXCEPTION)
            .build()) {
      formatted.initialize();
    }
    Path snapshots = Files.createDirectories(groupDirectory.resolve("sm"));
    // Term 0: the new group's first leader is elected in term 1, so the log's terms still rise.
    Path target = snapshots.resolve(SimpleStateMachineStorage.getSnapshotFileName(0, appliedIndex));
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    Files.copy(stateSnapshot, partial, StandardCopyOption.REPLACE_EXISTING);
    force(partial);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    MD5FileUtil.computeAndSaveMd5ForFile(target.toFile());
    force(snapshots);
  }

  // The log is purged up to a snapshot right after it is taken, so the snapshot must be on disk.
  private static void force(Path path) throws IOException {
    var option = Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE;
    try (FileChannel channel = FileChannel.open(path, option)) {
      channel.force(true);
    }
  }
}
