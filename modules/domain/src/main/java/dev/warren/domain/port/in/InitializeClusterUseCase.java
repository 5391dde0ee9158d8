package dev.warren.domain.port.in;

import dev.warren.domain.model.cluster.Cluster;

/** Creates the cluster on its first manager, or confirms it after a restart. */
public interface InitializeClusterUseCase {
  /**
   * Creates the cluster CA and the cluster record and registers this manager as a node. If the
   * cluster already exists (a restart), it only re-registers this manager's address.
   *
   * @return the cluster as stored
   */
  Cluster initialize(InitializeClusterRequest request);

  /**
   * Creates the cluster CA and the cluster record if this data directory has no cluster yet, and
   * returns the cluster either way; registers no node. A manager calls it before its API listens,
   * since TLS needs the cluster id and CA. Idempotent.
   *
   * @return the cluster as stored
   */
  Cluster ensureCluster();
}
