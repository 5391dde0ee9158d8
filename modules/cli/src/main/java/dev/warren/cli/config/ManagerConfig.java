package dev.warren.cli.config;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a manager process needs to start: where its data lives, who it is, where it listens,
 * and where to put an admin certificate for the user who started it (if anywhere), and how long its
 * leader waits for a silent node before marking it down, and whether a new data directory joins an
 * existing cluster instead of creating one. The data directory layout is fixed here (design §4).
 */
public record ManagerConfig(
    Path dataDir,
    NodeId nodeId,
    TcpAddress apiListen,
    TcpAddress raftListen,
    TcpAddress metricsListen,
    Optional<CredentialsDirectory> adminCredentials,
    boolean leaderLoops,
    Optional<WorkerConfig> embeddedWorker,
    Duration nodeDownTimeout,
    Optional<ManagerJoin> join) {

  /** Three missed heartbeats of 5 s. */
  public static final Duration DEFAULT_NODE_DOWN_TIMEOUT = Duration.ofSeconds(15);

  public ManagerConfig {
    Objects.requireNonNull(dataDir, "data dir");
    Objects.requireNonNull(nodeId, "node id");
    Objects.requireNonNull(apiListen, "api listen");
    Objects.requireNonNull(raftListen, "raft listen");
    Objects.requireNonNull(metricsListen, "metrics listen");
    Objects.requireNonNull(adminCredentials, "admin credentials");
    Objects.requireNonNull(embeddedWorker, "embedded worker");
    Objects.requireNonNull(nodeDownTimeout, "node-down timeout");
    Objects.requireNonNull(join, "join");
    if (nodeDownTimeout.isNegative() || nodeDownTimeout.isZero()) {
      throw new InvalidSpecException(
          "the node-down timeout must be positive, got "
              + nodeDownTimeout
              + "; give e.g. --node-down-timeout 15s");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
  }

  /**
   * A manager that writes no admin credentials anywhere, runs no control loops and no worker: it
   * serves the API and replicates state, nothing more (what most tests of the API want).
   */
  public ManagerConfig(
      Path dataDir,
      NodeId nodeId,
      TcpAddress apiListen,
      TcpAddress raftListen,
      TcpAddress metricsListen) {
    this(
        dataDir,
        nodeId,
        apiListen,
        raftListen,
        metricsListen,
        Optional.empty(),
        false,
        Optional.empty(),
        DEFAULT_NODE_DOWN_TIMEOUT,
        Optional.empty());
  }

  /**
   * This configuration, with the manager making sure {@code credentials} holds a valid admin
   * certificate of its cluster when it starts.
   */
  public ManagerConfig withAdminCredentials(CredentialsDirectory credentials) {
    return changed(Optional.of(credentials), leaderLoops, embeddedWorker, nodeDownTimeout, join);
  }

  /**
   * This configuration, with the leader's control loops (the reconciler that creates, places and
   * replaces replicas) running while this manager leads.
   */
  public ManagerConfig withLeaderLoops() {
    return changed(adminCredentials, true, embeddedWorker, nodeDownTimeout, join);
  }

  /**
   * This configuration, with a worker in the manager's process that runs containers on this node (a
   * hybrid node), and the control loops that give it work.
   */
  public ManagerConfig withEmbeddedWorker(WorkerConfig worker) {
    return changed(adminCredentials, true, Optional.of(worker), nodeDownTimeout, join);
  }

  /**
   * This configuration, with the leader marking a node down when it heard nothing from it for
   * {@code timeout} (its replicas are then started elsewhere).
   */
  public ManagerConfig withNodeDownTimeout(Duration timeout) {
    return changed(adminCredentials, leaderLoops, embeddedWorker, timeout, join);
  }

  /**
   * This configuration, with a data directory that holds no cluster yet joining the cluster of
   * {@code target} as a manager instead of creating a new one.
   */
  public ManagerConfig withJoin(ManagerJoin target) {
    return changed(
        adminCredentials, leaderLoops, embeddedWorker, nodeDownTimeout, Optional.of(target));
  }

  /** This manager, its identity and addresses kept, with what the withers change. */
  private ManagerConfig changed(
      Optional<CredentialsDirectory> credentials,
      boolean loops,
      Optional<WorkerConfig> worker,
      Duration timeout,
      Optional<ManagerJoin> joining) {
    return new ManagerConfig(
        dataDir,
        nodeId,
        apiListen,
        raftListen,
        metricsListen,
        credentials,
        loops,
        worker,
        timeout,
        joining);
  }

  /** Where the embedded worker keeps its containers, logs and volumes. */
  public Path workerDir() {
    return WorkerConfig.workerDir(dataDir);
  }

  /** The read-only local API socket. */
  public Path socketPath() {
    return dataDir.resolve("warren.sock");
  }

  /** The Xodus store of the materialized cluster state. */
  public Path stateDir() {
    return dataDir.resolve("state");
  }

  /** The Ratis log and snapshots. */
  public Path raftDir() {
    return dataDir.resolve("raft");
  }

  /**
   * Node key ({@code node.key}) and certificate chain ({@code node.crt}), CA certificate, and on
   * managers the CA key.
   */
  public Path pkiDir() {
    return dataDir.resolve("pki");
  }

  /** The cluster data key that seals secrets (managers only). */
  public Path keysDir() {
    return dataDir.resolve("keys");
  }
}
