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
}
