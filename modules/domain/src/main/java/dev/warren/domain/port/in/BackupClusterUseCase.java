package dev.warren.domain.port.in;

import java.io.OutputStream;

/**
 * A consistent backup of a running cluster: its state at one applied index (every write
 * acknowledged before the call included), its CA certificate and key and its data key, so a cluster
 * restored from it accepts the certificates and opens the secrets of the original. Only
 * administrators may take one: it holds the cluster's keys.
 */
public interface BackupClusterUseCase {

  /**
   * Writes the backup file to {@code target} (left open).
   *
   * @throws dev.warren.domain.error.UnavailableException if the state cannot be read consistently
   *     now (no leader) or the backup cannot be written
   */
  ClusterBackupHeader backup(OutputStream target);
}
