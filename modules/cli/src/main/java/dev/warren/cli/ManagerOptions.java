package dev.warren.cli;

import dev.warren.cli.config.DataDirectory;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a manager keeps its data and where it listens. */
public final class ManagerOptions {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory (default: $XDG_DATA_HOME/warren, else ~/.local/share/warren).")
  Path dataDir;

  @Option(
      names = "--listen",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:8080",
      description = "gRPC API address (default: ${DEFAULT-VALUE}).")
  TcpAddress listen;

  @Option(
      names = "--raft-listen",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:7946",
      description = "Raft address between managers (default: ${DEFAULT-VALUE}).")
  TcpAddress raftListen;

  @Option(
      names = "--metrics-listen",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:9090",
      description = "Metrics and health address (default: ${DEFAULT-VALUE}).")
  TcpAddress metricsListen;

  @Option(
      names = "--node-id",
      paramLabel = "ID",
      description = "This node's id on first start (default: a random one, kept in the data dir).")
  String nodeId;

  @Option(
      names = "--node-down-timeout",
      paramLabel = "DURATION",
      defaultValue = "15s",
      description =
          "How long the leader waits without a heartbeat before it marks a node down and starts"
              + " its replicas elsewhere (default: ${DEFAULT-VALUE}: three missed 5 s heartbeats).")
  Duration nodeDownTimeout;

  /** The chosen data directory, or the per-user default. */
  public DataDirectory dataDirectory() {
    return new DataDirectory(
        dataDir != null
            ? dataDir
            : DataDirectory.defaultRoot(System.getenv(), System.getProperty("user.home")));
  }

  /** The configuration for {@code directory}, choosing and storing the node id on first use. */
  public ManagerConfig config(DataDirectory directory) {
    NodeId id = directory.nodeId(Optional.ofNullable(nodeId).map(NodeId::of));
    return new ManagerConfig(directory.root(), id, listen, raftListen, metricsListen)
        .withNodeDownTimeout(nodeDownTimeout);
  }
}
