package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.testkit.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hybrid node as {@code warren cluster init} starts it: the real manager with its reconciler and
 * an embedded worker on the process runtime. A {@code process://} service's replicas become host
 * processes, survive a restart of the manager without a second copy, and end with the service.
 */
class HybridNodeIT {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private final List<ControlPlaneServer> servers = new ArrayList<>();
  private NodeProcesses processes;

  @BeforeEach
  void observeTheNodesProcesses() {
    processes = new NodeProcesses(dataDir);
  }

  /** Managers first, so no worker restarts what the clean-up removes. */
  @AfterEach
  void removeWhatIsLeft() {
    servers.forEach(ControlPlaneServer::close);
    processes.close();
  }

  private StartReport start(ManagerConfig config) {
    ControlPlaneServer server = managers.newServer(config);
    servers.add(server);
    return server.start();
  }

  private ManagerConfig hybrid() {
    return managers
        .config()
        .withEmbeddedWorker(
            new WorkerConfig(
                WorkerConfig.Runtime.PROCESS,
                Optional.empty(),
                Map.of("zone", "a"),
                Duration.ofMillis(500)));
  }

  private List<RuntimeContainer> running() {
    return processes.running();
  }

  private String psOf(StartReport manager, String service) {
    return managers.ok(manager, "service", "ps", service).out();
  }

  @Test
  void aProcessServiceRunsItsReplicasAsProcessesAndEndsWithTheService() {
    StartReport manager = start(hybrid());
    assertThat(manager.worker()).hasValueSatisfying(w -> assertThat(w).contains("process"));
    String marker = "marker-" + UUID.randomUUID();

    managers.createShellService(
        manager, "ticker", "process://", 3, "echo " + marker + "; while true; do sleep 1; done");

    Await.until(() -> running().size() == 3, DEADLINE);
    Await.until(
        () -> psOf(manager, "ticker").lines().filter(l -> l.contains("running")).count() == 3,
        DEADLINE);
    String node = managers.ok(manager, "node", "ls").out();
    assertThat(node).containsPattern("manager-1 +hybrid +ready");

    managers.ok(manager, "service", "rm", "ticker");
    Await.until(() -> running().isEmpty(), DEADLINE);
  }

  @Test
  void aRestartedManagerAdoptsItsProcessesAndStartsNoSecondCopy() {
    ManagerConfig config = hybrid();
    StartReport manager = start(config);
    managers.createSleepers(manager, "sleeper", 2);
    Await.until(() -> running().size() == 2, DEADLINE);
    List<String> before = processes.runtimeIds();

    servers.get(0).close();
    assertThat(running()).as("processes outlive the manager").hasSize(2);
    StartReport again = start(config);

    Await.until(
        () -> psOf(again, "sleeper").lines().filter(l -> l.contains("running")).count() == 2,
        DEADLINE);
    CliRun ps = managers.ok(again, "service", "ps", "sleeper");
    assertThat(processes.runtimeIds())
        .as("the same two processes, adopted: %s", ps.out())
        .isEqualTo(before);
  }
}
