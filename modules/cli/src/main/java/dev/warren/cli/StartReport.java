package dev.warren.cli;

import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a manager reports once it runs: the cluster, whether it was resumed from an existing data
 * directory or created now, where each listener actually bound (the API speaks mutual TLS; the unix
 * socket is the read-only local API), and the admin credentials directory it looked after, if any,
 * with whether it wrote a new certificate there, and its embedded worker, if it runs one.
 */
public record StartReport(
    ClusterId clusterId,
    NodeId nodeId,
    Path dataDir,
    boolean resumed,
    TcpAddress api,
    String raft,
    TcpAddress metrics,
    Path socket,
    Optional<Path> adminCredentials,
    boolean adminCredentialsIssued,
    Optional<String> worker) {
  public StartReport {
    Objects.requireNonNull(clusterId, "cluster id");
    Objects.requireNonNull(nodeId, "node id");
    Objects.requireNonNull(dataDir, "data dir");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(raft, "raft");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(socket, "socket");
    Objects.requireNonNull(adminCredentials, "admin credentials");
    Objects.requireNonNull(worker, "worker");
  }
}
