package dev.warren.adapters.runtime.containerd;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How the containerd runtime reaches containerd and where it keeps what is its own.
 *
 * @param socket containerd's gRPC unix socket ({@code /run/containerd/containerd.sock})
 * @param namespace the containerd namespace every image, snapshot and container goes in
 * @param dataDir one directory per container below it (log file, secrets), on this node
 * @param snapshotter containerd's snapshotter ({@code overlayfs}; {@code native} where the data
 *     lies on overlayfs itself)
 * @param registryConfig a docker-style {@code config.json} with registry credentials ({@code
 *     auths.<host>.auth}); a missing file means anonymous pulls only
 * @param plainHttpRegistries registries ({@code host:port}) spoken to over plain HTTP; loopback
 *     registries always are
 * @param pullProgress told about each blob of an image as it is pulled
 */
public record ContainerdSettings(
    Path socket,
    String namespace,
    Path dataDir,
    String snapshotter,
    Path registryConfig,
    Set<String> plainHttpRegistries,
    Consumer<PullProgress> pullProgress) {

  /** The namespace Warren uses unless told otherwise. */
  public static final String NAMESPACE = "warren";

  public ContainerdSettings {
    Objects.requireNonNull(socket, "socket");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(dataDir, "data dir");
    Objects.requireNonNull(snapshotter, "snapshotter");
    Objects.requireNonNull(registryConfig, "registry config");
    plainHttpRegistries = Set.copyOf(plainHttpRegistries);
    Objects.requireNonNull(pullProgress, "pull progress");
    if (!namespace.matches("[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*")) {
      throw new IllegalArgumentException("not a containerd namespace: " + namespace);
    }
  }

  /**
   * Namespace {@code warren}, the {@code overlayfs} snapshotter, credentials from {@code
   * ~/.docker/config.json}, pull progress to the JDK log.
   */
  public static ContainerdSettings of(Path socket, Path dataDir) {
    return new ContainerdSettings(
        socket,
        NAMESPACE,
        dataDir,
        "overlayfs",
        Path.of(System.getProperty("user.home"), ".docker", "config.json"),
        Set.of(),
        PullProgress::log);
  }

  /** These settings in containerd namespace {@code name}. */
  public ContainerdSettings withNamespace(String name) {
    return new ContainerdSettings(
        socket, name, dataDir, snapshotter, registryConfig, plainHttpRegistries, pullProgress);
  }

  /** These settings with credentials read from {@code file}. */
  public ContainerdSettings withRegistryConfig(Path file) {
    return new ContainerdSettings(
        socket, namespace, dataDir, snapshotter, file, plainHttpRegistries, pullProgress);
  }

  /** These settings with pull progress told to {@code listener}. */
  public ContainerdSettings withPullProgress(Consumer<PullProgress> listener) {
    return new ContainerdSettings(
        socket, namespace, dataDir, snapshotter, registryConfig, plainHttpRegistries, listener);
  }
}
