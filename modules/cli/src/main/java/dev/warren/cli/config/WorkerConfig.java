package dev.warren.cli.config;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.policy.Placement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a node runs containers: with which runtime, under which labels, heartbeating how often. A
 * manager holds one for its embedded worker (hybrid node); a standalone worker holds one too.
 */
public record WorkerConfig(
    Runtime runtime,
    Optional<Path> containerdSocket,
    Map<String, String> labels,
    Duration heartbeat) {

  /** The containerd socket Debian's package listens on. */
  public static final Path DEFAULT_CONTAINERD_SOCKET = Path.of("/run/containerd/containerd.sock");

  /** The container runtimes a worker can use. */
  public enum Runtime {
    /** Host processes for {@code process://} images (the default). */
    PROCESS("process"),
    /** containerd over its unix socket, for OCI images pulled from registries. */
    CONTAINERD("containerd");

    private final String label;

    Runtime(String label) {
      this.label = label;
    }

    /** The value of {@link Placement#RUNTIME_LABEL} on a node with this runtime. */
    public String label() {
      return label;
    }

    /**
     * The runtime called {@code name} on the command line.
     *
     * @throws InvalidSpecException naming the choices
     */
    public static Runtime named(String name) {
      for (Runtime runtime : values()) {
        if (runtime.label.equals(name)) {
          return runtime;
        }
      }
      throw new InvalidSpecException(
          "unknown runtime " + Checks.quote(name) + "; choose process or containerd");
    }
  }

  public WorkerConfig {
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(containerdSocket, "containerd socket");
    labels = Map.copyOf(labels);
    Objects.requireNonNull(heartbeat, "heartbeat");
    if (heartbeat.isNegative() || heartbeat.isZero()) {
      throw new InvalidSpecException("the heartbeat interval must be positive, got " + heartbeat);
    }
    if (labels.containsKey(Placement.RUNTIME_LABEL)) {
      throw new InvalidSpecException(
          "label "
              + Placement.RUNTIME_LABEL
              + " is set by the worker from --runtime; remove it from --label");
    }
  }

  /** The process runtime, no labels of its own, a heartbeat every 5 s. */
  public static WorkerConfig processes() {
    return new WorkerConfig(Runtime.PROCESS, Optional.empty(), Map.of(), Duration.ofSeconds(5));
  }

  /** The labels the node registers with: the user's plus the runtime's. */
  public Map<String, String> nodeLabels() {
    var all = new TreeMap<>(labels);
    all.put(Placement.RUNTIME_LABEL, runtime.label());
    return Map.copyOf(all);
  }

  /** The containerd socket to use: the one given, else Debian's default. */
  public Path containerdSocketOrDefault() {
    return containerdSocket.orElse(DEFAULT_CONTAINERD_SOCKET);
  }

  /** Where the worker keeps its containers, logs and volumes: below the node's data directory. */
  public static Path workerDir(Path dataDir) {
    return dataDir.resolve("worker");
  }
}
