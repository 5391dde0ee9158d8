package dev.warren.domain.port.in;

import dev.warren.domain.model.cluster.ClusterInfo;

/** Describes the cluster's managers. */
public interface GetClusterInfoUseCase {
  /** The leader (empty id and address while an election runs) and every member. */
  ClusterInfo get();
}
