package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/**
 * What a cluster backup says about itself.
 *
 * @param formatVersion the backup file format it is written in
 * @param clusterId the cluster it was taken from; a restored cluster keeps it (and its CA)
 * @param appliedIndex the last Raft log index applied to the state it holds
 */
public record ClusterBackupHeader(int formatVersion, String clusterId, long appliedIndex) {
  public ClusterBackupHeader {
    Checks.notNull("cluster id", clusterId);
  }
}
