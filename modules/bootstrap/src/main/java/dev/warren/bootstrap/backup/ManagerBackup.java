package dev.warren.bootstrap.backup;

import dev.warren.adapters.storage.ClusterBackupFile;
import dev.warren.adapters.storage.StorageSettings;
import dev.warren.adapters.storage.XodusClusterStateAdapter;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.port.in.BackupClusterUseCase;
import dev.warren.domain.port.in.ClusterBackupHeader;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A backup of the cluster this manager serves: a read barrier first (so the state holds every write
 * acknowledged before the call, on a follower too), then a consistent copy of the state store taken
 * while writes go on, the CA and the data key from this manager's data directory.
 */
public final class ManagerBackup implements BackupClusterUseCase {
  private static final Duration BARRIER_TIMEOUT = Duration.ofSeconds(10);

  private final ClusterStatePort state;
  private final ReplicatedLogPort log;
  private final ManagerConfig config;

  public ManagerBackup(ClusterStatePort state, ReplicatedLogPort log, ManagerConfig config) {
    this.state = state;
    this.log = log;
    this.config = config;
  }

  @Override
  public ClusterBackupHeader backup(OutputStream target) {
    awaitReadBarrier();
    String clusterId =
        state
            .read(reader -> reader.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID))
            .map(cluster -> cluster.id().value())
            .orElseThrow(
                () -> new FailedPreconditionException("this manager holds no cluster yet"));
    Path scratch;
    try {
      scratch = Files.createTempDirectory("warren-backup-");
    } catch (IOException e) {
      throw new UnavailableException("cannot create a scratch directory for the backup", e);
    }
    try {
      Path snapshot = scratch.resolve("state");
      state.writeSnapshot(snapshot);
      long index = appliedIndexOf(snapshot, scratch.resolve("check"));
      var header =
          ClusterBackupFile.write(
              target,
              clusterId,
              index,
              Map.of(
                  "ca.crt", config.pkiDir().resolve("ca.crt"),
                  "ca.key", config.pkiDir().resolve("ca.key"),
                  "data.key", config.keysDir().resolve("data.key"),
                  "state", snapshot));
      return new ClusterBackupHeader(
          header.formatVersion(), header.clusterId(), header.appliedIndex());
    } catch (UncheckedIOException e) {
      throw new UnavailableException("the backup could not be written: " + e.getMessage(), e);
    } finally {
      Restore.deleteTree(scratch);
    }
  }

  private void awaitReadBarrier() {
    try {
      log.readBarrier().get(BARRIER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new UnavailableException(
          "no Raft leader confirmed the state within "
              + BARRIER_TIMEOUT.toSeconds()
              + " s; a backup needs a majority of the managers running",
          e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new UnavailableException("the read barrier failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("interrupted while waiting for the read barrier", e);
    }
  }

  /**
   * The index the copy holds exactly. Writes go on while it is taken, so it may be past the
   * barrier's; the restored cluster's log must continue right after it.
   */
  private static long appliedIndexOf(Path snapshot, Path scratch) {
    try (var copy = new XodusClusterStateAdapter(new StorageSettings(scratch, false))) {
      copy.restoreSnapshot(snapshot);
      return copy.lastAppliedIndex();
    }
  }
}
