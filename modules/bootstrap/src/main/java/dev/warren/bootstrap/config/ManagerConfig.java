package dev.warren.bootstrap.config;

import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a manager process needs to start: where its data lives, who it is and where it
 * listens. The data directory layout is fixed here (design §4).
 */
public record ManagerConfig(
    Path dataDir,
    NodeId nodeId,
    TcpAddress apiListen,
    TcpAddress raftListen,
    TcpAddress metricsListen) {

  public ManagerConfig {
    Objects.requireNonNull(dataDir, "data dir");
    Objects.requireNonNull(nodeId, "node id");
    Objects.requireNonNull(apiListen, "api listen");
    Objects.requireNonNull(raftListen, "raft listen");
    Objects.requireNonNull(metricsListen, "metrics listen");
    dataDir = dataDir.toAbsolutePath().normalize();
  }

  /** The Xodus store of the materialized cluster state. */
  public Path stateDir() {
    return dataDir.resolve("state");
  }

  /** The Ratis log and snapshots. */
  public Path raftDir() {
    return dataDir.resolve("raft");
  }

  /** Node key and certificate, CA certificate, and on managers the CA key. */
  public Path pkiDir() {
    return dataDir.resolve("pki");
  }

  /** The cluster data key that seals secrets (managers only). */
  public Path keysDir() {
    return dataDir.resolve("keys");
  }
}
