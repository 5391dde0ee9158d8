package dev.warren.cli;

import dev.warren.cli.config.WorkerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How a node runs containers: the options a standalone worker and a hybrid manager share. */
public final class WorkerOptions {

  @Option(
      names = "--runtime",
      paramLabel = "process|containerd",
      defaultValue = "process",
      description = "Container runtime of this node (default: ${DEFAULT-VALUE}).")
  String runtime;

  @Option(
      names = "--containerd-socket",
      paramLabel = "PATH",
      description =
          "containerd's socket with --runtime containerd (default: /run/containerd/containerd.sock).")
  Path containerdSocket;

  @Option(
      names = "--label",
      paramLabel = "KEY=VALUE",
      description = "A label of this node, for placement constraints (repeatable).")
  Map<String, String> labels = new LinkedHashMap<>();

  @Option(
      names = "--heartbeat-interval",
      paramLabel = "DURATION",
      defaultValue = "5s",
      description = "How often the worker reports to the managers (default: ${DEFAULT-VALUE}).")
  Duration heartbeat;

  /** The worker configuration these options describe. */
  public WorkerConfig config() {
    return new WorkerConfig(
        WorkerConfig.Runtime.named(runtime),
        Optional.ofNullable(containerdSocket),
        labels,
        heartbeat);
  }
}
