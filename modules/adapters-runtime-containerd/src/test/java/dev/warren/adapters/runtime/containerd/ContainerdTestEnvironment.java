package dev.warren.adapters.runtime.containerd;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The private containerd and registries {@code tools/ci/containerd-env.sh up} starts, as its env
 * file describes them. Without them the containerd tests skip, except in CI ({@code WARREN_CI=1}),
 * where a skip would hide that the real runtime went untested, so they fail.
 */
record ContainerdTestEnvironment(
    Path socket, String registry, String authRegistry, String authUser, String authPassword) {

  static ContainerdTestEnvironment require() {
    Optional<String> socket = variable("WARREN_CONTAINERD_SOCKET");
    Optional<String> registry = variable("WARREN_TEST_REGISTRY");
    if (socket.isEmpty() || registry.isEmpty()) {
      String why =
          "no private containerd: run 'tools/ci/containerd-env.sh up' and source the env file it"
              + " prints (WARREN_CONTAINERD_SOCKET, WARREN_TEST_REGISTRY)";
      if (variable("WARREN_CI").isPresent()) {
        fail("WARREN_CI is set but " + why);
      }
      Assumptions.abort(why);
    }
    return new ContainerdTestEnvironment(
        Path.of(socket.get()),
        registry.get(),
        variable("WARREN_TEST_AUTH_REGISTRY").orElse(""),
        variable("WARREN_TEST_AUTH_REGISTRY_USER").orElse(""),
        variable("WARREN_TEST_AUTH_REGISTRY_PASSWORD").orElse(""));
  }

  /** The busybox image the CI script pushed, by tag. */
  String image() {
    return registry + "/busybox:1";
  }

  /** The same image behind an image index that lists it for linux/amd64. */
  String imageInIndex() {
    return registry + "/busybox:multi";
  }

  private static Optional<String> variable(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }
}
