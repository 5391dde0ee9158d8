package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.bootstrap.metrics.HttpProbe;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.StartReport;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.error.FailedPreconditionException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real manager (Xodus, Ratis, Bouncy Castle, gRPC, metrics; every port OS-assigned) driven
 * through the real {@code warren} command line, stopped and started again on the same data.
 */
class ControlPlaneIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  @Test
  void servesTheCliEndToEndAndKeepsEverythingAcrossARestart() {
    ControlPlaneServer first = managers.newServer();
    StartReport started = first.start();
    assertThat(started.resumed()).isFalse();

    CliRun create =
        managers.warren(
            started, "service", "create", "web", "--image", "nginx:1.27", "--replicas", "3");
    assertThat(create.exitCode()).as(create.toString()).isZero();
    String webId = create.out().strip();

    CliRun ls = managers.warren(started, "service", "ls");
    assertThat(ls.exitCode()).as(ls.toString()).isZero();
    assertThat(ls.out().lines())
        .hasSize(2)
        .last()
        .asString()
        .startsWith(webId + "   web    replicated   3          nginx:1.27");

    CliRun duplicate =
        managers.warren(started, "service", "create", "web", "--image", "nginx:1.27");
    assertThat(duplicate.exitCode()).as(duplicate.toString()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(duplicate.err()).startsWith("error: ").contains("web").hasLineCount(1);

    CliRun badName = managers.warren(started, "service", "create", "Bad_Name", "--image", "nginx");
    assertThat(badName.exitCode()).as(badName.toString()).isEqualTo(ExitCodes.USAGE);

    CliRun unknown = managers.warren(started, "service", "inspect", "ghost");
    assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err()).isEqualTo("error: service not found: ghost\n");

    CliRun scale = managers.warren(started, "service", "scale", "web=5");
    assertThat(scale.exitCode()).as(scale.toString()).isZero();
    CliRun update =
        managers.warren(
            started, "service", "update", "web", "--image", "nginx:1.28", "-e", "MODE=prod");
    assertThat(update.exitCode()).as(update.toString()).isZero();

    CliRun createApi = managers.warren(started, "service", "create", "api", "--image", "api:1");
    CliRun rm = managers.warren(started, "service", "rm", "api");
    assertThat(createApi.exitCode()).as(createApi.toString()).isZero();
    assertThat(rm.exitCode()).as(rm.toString()).isZero();
    assertThat(rm.out()).isEqualTo("api\n");

    CliRun info = managers.warren(started, "cluster", "info");
    assertThat(info.exitCode()).as(info.toString()).isZero();
    assertThat(info.out()).contains("Leader: manager-1 (API " + started.api() + ")");

    String metricsUrl = "http://" + started.metrics();
    Await.until(
        "the manager is ready",
        TIMEOUT,
        () -> HttpProbe.get(metricsUrl + "/ready").status() == 200);
    assertThat(HttpProbe.get(metricsUrl + "/live").status()).isEqualTo(200);
    assertThat(HttpProbe.get(metricsUrl + "/metrics").body().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("api_requests_total{")
                    .contains("method=\"CreateService\""));

    first.close();
    first.close();

    ControlPlaneServer second = managers.newServer();
    StartReport restarted = second.start();

    assertThat(restarted.resumed()).isTrue();
    assertThat(restarted.clusterId()).isEqualTo(started.clusterId());
    assertThat(managers.warren(restarted, "service", "ls", "-q").out()).isEqualTo(webId + "\n");
    CliRun inspect = managers.warren(restarted, "service", "inspect", "web", "--output", "json");
    assertThat(inspect.out())
        .contains("\"image\": \"nginx:1.28\"", "\"replicas\": 5", "\"MODE\": \"prod\"");
  }

  @Test
  void aSecondManagerOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsRunning() {
    StartReport running = managers.newServer().start();

    assertThatThrownBy(() -> managers.newServer().start())
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("in use by another warren process");
    assertThat(managers.warren(running, "service", "ls").exitCode()).isZero();
  }
}
