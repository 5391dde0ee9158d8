package dev.warren.cli.worker;

import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standalone worker: the managers it may talk to (any of them, in turn), the join token it
 * redeems for its certificate, its data directory and node id, how it runs containers, the address
 * managers reach it at, and the deadline of each call. {@link #toString} hides the token.
 *
 * @param advertiseAddress the host managers dial to reach this node; empty: the address this node
 *     connects to the managers from
 */
public record WorkerNodeConfig(
    List<TcpAddress> managers,
    String token,
    Path dataDir,
    NodeId nodeId,
    WorkerConfig worker,
    Optional<String> advertiseAddress,
    Duration deadline) {
  public WorkerNodeConfig {
    managers = List.copyOf(managers);
    if (managers.isEmpty()) {
      throw new InvalidSpecException("--manager names no manager; give HOST:PORT[,HOST:PORT...]");
    }
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(dataDir, "data dir");
    Objects.requireNonNull(nodeId, "node id");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(advertiseAddress, "advertise address");
    Objects.requireNonNull(deadline, "deadline");
  }

  /** Where the worker keeps its containers, logs and volumes. */
  public Path workerDir() {
    return WorkerConfig.workerDir(dataDir);
  }

  /** Where the worker keeps its certificate and key. */
  public Path pkiDir() {
    return dataDir.resolve("pki");
  }

  @Override
  public String toString() {
    return "WorkerNodeConfig[managers="
        + managers
        + ", token=<hidden>, dataDir="
        + dataDir
        + ", nodeId="
        + nodeId
        + ", worker="
        + worker
        + ", advertiseAddress="
        + advertiseAddress
        + "]";
  }
}
