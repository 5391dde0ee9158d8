package dev.warren.cli;

import dev.warren.domain.port.in.ClusterBackupHeader;
import java.nio.file.Path;

/**
 * The backup files {@code warren cluster backup} writes and {@code warren cluster restore} reads,
 * handed in by the composition root: the command line knows neither their format nor a data
 * directory's insides.
 */
public interface BackupFiles {

  /**
   * Checks a whole backup file (structure and checksum).
   *
   * @throws dev.warren.domain.error.InvalidSpecException if it is missing, truncated, altered or
   *     not a backup of a format this warren reads
   */
  ClusterBackupHeader verify(Path backup);

  /**
   * Makes {@code dataDir} (new or empty) the data directory of a new cluster of one manager that
   * holds the backup's state, CA and data key.
   *
   * @throws dev.warren.domain.error.InvalidSpecException if the backup is not usable (see {@link
   *     #verify})
   * @throws dev.warren.domain.error.FailedPreconditionException if {@code dataDir} is not empty
   */
  ClusterBackupHeader restore(Path backup, Path dataDir);
}
