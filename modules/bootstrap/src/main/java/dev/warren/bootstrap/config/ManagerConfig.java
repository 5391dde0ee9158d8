package dev.warren.bootstrap.config;

import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a manager process needs to start: where its data lives, who it is and where it
 * listens. The data directory layout is fixed here (design §4).
 */
public record ManagerConfig(
    Path dataDir, NodeId nodeId, HostPort apiListen, HostPort raftListen, HostPort metricsListen) {

  /** Warren's defaults: API on 8080, Raft on 7946, metrics on 9090, all on loopback. */
  public static final HostPort DEFAULT_API_LISTEN = new HostPort("127.0.0.1", 8080);

  public static final HostPort DEFAULT_RAFT_LISTEN = new HostPort("127.0.0.1", 7946);
  public static final HostPort DEFAULT_METRICS_LISTEN = new HostPort("127.0.0.1", 9090);

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
