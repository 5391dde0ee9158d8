package dev.warren.bootstrap.lifecycle;

import dev.warren.bootstrap.config.TcpAddress;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a manager reports once it runs: the cluster, whether it was resumed from an existing data
 * directory or created now, and where each listener actually bound.
 */
public record StartReport(
    ClusterId clusterId,
    NodeId nodeId,
    Path dataDir,
    boolean resumed,
    TcpAddress api,
    String raft,
    TcpAddress metrics) {
  public StartReport {
    Objects.requireNonNull(clusterId, "cluster id");
    Objects.requireNonNull(nodeId, "node id");
    Objects.requireNonNull(dataDir, "data dir");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(raft, "raft");
    Objects.requireNonNull(metrics, "metrics");
  }
}
