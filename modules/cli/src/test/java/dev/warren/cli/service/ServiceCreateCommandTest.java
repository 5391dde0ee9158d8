package dev.warren.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import org.junit.jupiter.api.Test;

class ServiceCreateCommandTest extends AgainstFakeManager {
  @Test
  void theCommandMayFollowADoubleDashLikeDockerServiceCreate() {
    CliRun run =
        warren(
            "service",
            "create",
            "ticker",
            "--image",
            "process://",
            "--replicas",
            "3",
            "--",
            "sh",
            "-c",
            "while true; do date; sleep 1; done");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.byName("ticker").spec().command())
        .containsExactly("sh", "-c", "while true; do date; sleep 1; done");
    assertThat(manager.byName("ticker").spec().replicas()).isEqualTo(3);
  }

  @Test
  void optionsAfterTheDoubleDashBelongToTheCommand() {
    CliRun run =
        warren("service", "create", "web", "--image", "nginx:1.27", "--", "nginx", "--replicas");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.byName("web").spec().command()).containsExactly("nginx", "--replicas");
    assertThat(manager.byName("web").spec().replicas()).isEqualTo(1);
  }

  @Test
  void theCommandTwiceIsAUsageErrorBeforeConnecting() {
    CliRun run =
        warren("service", "create", "web", "--image", "nginx:1.27", "--command", "a", "--", "b");

    assertThat(run.failed(ExitCodes.USAGE)).contains("either after -- or with --command");
    assertThat(manager.openConnections()).isZero();
    assertThat(warren("service", "ls", "-q").out()).isEmpty();
  }
}
