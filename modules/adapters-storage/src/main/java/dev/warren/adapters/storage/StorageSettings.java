package dev.warren.adapters.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the cluster state lives and how hard each commit is pushed to disk.
 *
 * @param directory a directory owned by one warren process (the {@code state/} folder of a node's
 *     data directory); created if missing
 * @param syncEachCommit whether every commit is fsynced before {@code apply} returns. When false a
 *     commit reaches the operating system at once and the disk within Xodus' sync period (10 s), at
 *     a file switch or on close; a machine crash can then lose the latest commits, but never part
 *     of one, so the store reopens at an earlier applied index. That is safe only when every
 *     applied change can be applied again from a durable log, as the Raft log does on start.
 */
public record StorageSettings(Path directory, boolean syncEachCommit) {
  public StorageSettings {
    Objects.requireNonNull(directory, "directory");
  }

  /** A store that fsyncs every commit: durable on its own, without a log to replay. */
  public StorageSettings(Path directory) {
    this(directory, true);
  }
}
