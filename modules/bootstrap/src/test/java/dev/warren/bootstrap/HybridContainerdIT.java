package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.testkit.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hybrid node on {@code --runtime containerd}: the real manager places an OCI service on itself
 * and its embedded worker pulls the image from a registry into the private containerd that {@code
 * tools/ci/containerd-env.sh up} starts, runs it and removes it with the service. In CI ({@code
 * WARREN_CI=1}) a missing containerd fails the test instead of skipping it.
 */
class HybridContainerdIT {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private final List<ControlPlaneServer> servers = new ArrayList<>();

  @AfterEach
  void stopManagers() {
    servers.forEach(ControlPlaneServer::close);
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      String why =
          "no private containerd: run 'tools/ci/containerd-env.sh up' and source its env file";
      if (System.getenv("WARREN_CI") != null) {
        fail("WARREN_CI is set but " + why + " (" + name + " is missing)");
      }
      Assumptions.abort(why);
    }
    return value;
  }

  @Test
  void anOciServiceIsPulledRunAndRemovedByTheEmbeddedWorker() {
    Path socket = Path.of(required("WARREN_CONTAINERD_SOCKET"));
    String image = required("WARREN_TEST_REGISTRY") + "/busybox:1";
    ControlPlaneServer server =
        managers.newServer(
            managers
                .config()
                .withEmbeddedWorker(
                    new WorkerConfig(
                        WorkerConfig.Runtime.CONTAINERD,
                        Optional.of(socket),
                        Map.of(),
                        Duration.ofMillis(500))));
    servers.add(server);
    StartReport manager = server.start();
    assertThat(manager.worker()).hasValueSatisfying(w -> assertThat(w).startsWith("containerd"));
    String name = "box-" + UUID.randomUUID().toString().substring(0, 8);

    managers.createShellService(manager, name, image, 2, "echo up; while true; do sleep 1; done");

    Await.until(() -> managers.runningReplicas(manager, name) == 2, DEADLINE);
    String nodes = managers.ok(manager, "node", "ls").out();
    assertThat(nodes).containsPattern("manager-1 +hybrid +ready");

    managers.ok(manager, "service", "rm", name);
    Await.until(
        () ->
            managers.ok(manager, "container", "ls").out().lines().noneMatch(l -> l.contains(name)),
        DEADLINE);
  }
}
