package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.cli.testing.CliRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warren service update --detach=false} end to end against the real deployer: a hybrid
 * manager whose replicas are real processes, rolled to a program that runs (exit 0, every replica
 * on the new spec) and to one that exits at once with failure action rollback (exit 7, the service
 * back on the old spec).
 */
class RolloutCliIT {
  /** The CLI blocks until the rollout settles; a deployer that never settles fails, not hangs. */
  private static final Duration ROLLOUT_CAP = Duration.ofSeconds(150);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private NodeProcesses processes;

  @BeforeEach
  void observeProcesses() {
    processes = new NodeProcesses(dataDir);
  }

  @AfterEach
  void stopProcesses() throws Exception {
    processes.close();
  }

  private StartReport startWithProcesses() {
    ControlPlaneServer server =
        managers.newServer(
            managers
                .config()
                .withEmbeddedWorker(
                    new WorkerConfig(
                        WorkerConfig.Runtime.PROCESS,
                        Optional.empty(),
                        Map.of(),
                        Duration.ofMillis(500))));
    return server.start();
  }

  private CliRun waited(StartReport manager, String... args) {
    return assertTimeoutPreemptively(ROLLOUT_CAP, () -> managers.warren(manager, args));
  }

  @Test
  void anUpdateToARunningProgramWaitsUntilEveryReplicaRunsItAndExitsZero() {
    StartReport manager = startWithProcesses();
    managers.ok(
        manager,
        "service",
        "create",
        "web",
        "--image",
        "process:///bin/sleep",
        "--replicas",
        "3",
        "--command",
        "900");

    CliRun run =
        waited(
            manager,
            "service",
            "update",
            "web",
            "--image",
            "process:///usr/bin/sleep",
            "--strategy",
            "rolling",
            "--update-parallelism",
            "2",
            "--detach=false");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("3/3 updated").endsWith("web: update completed\n");
    CliRun ps = managers.ok(manager, "service", "ps", "web");
    assertThat(ps.out())
        .startsWith(
            "Rollout: rolling update process:///bin/sleep -> process:///usr/bin/sleep: completed");
  }

  @Test
  void anUpdateWhoseReplicasExitAtOnceIsRolledBackAndExitsSevenSayingWhy() {
    StartReport manager = startWithProcesses();
    managers.ok(
        manager,
        "service",
        "create",
        "web",
        "--image",
        "process:///bin/sleep",
        "--replicas",
        "2",
        "--command",
        "900");

    CliRun run =
        waited(
            manager,
            "service",
            "update",
            "web",
            "--image",
            "process:///bin/false",
            "--update-failure-action",
            "rollback",
            "--detach=false");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.err())
        .contains("error: update of web failed and was rolled back to process:///bin/sleep");
    CliRun inspect = managers.ok(manager, "service", "inspect", "web");
    assertThat(inspect.out()).contains("Image:          process:///bin/sleep\n");
  }
}
