package dev.warren.bootstrap;

import dev.warren.cli.CliEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.cli.testing.CliRun;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.bootstrap.metrics.HttpProbe;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * The real manager (Xodus, Ratis, Bouncy Castle, gRPC, metrics; every port OS-assigned) driven
 * through the real {@code warren} command line, stopped and started again on the same data.
 */
class ControlPlaneIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  /** The test's own config home: the manager writes the admin credentials there, the CLI reads them. */
  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  private final List<ControlPlaneServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(ControlPlaneServer::close);
  }

  private ManagerConfig config() {
    return new ManagerConfig(dataDir, NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT)
        .withAdminCredentials(environment().credentials());
  }

  private ControlPlaneServer newServer() {
    ControlPlaneServer server = DaggerControlPlaneComponent.factory().create(config()).server();
    servers.add(server);
    return server;
  }

  private CliRun warren(StartReport manager, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--manager", manager.api().toString()));
    return CliRun.execute(cli, environment(), all.toArray(String[]::new));
  }

  @Test
  void servesTheCliEndToEndAndKeepsEverythingAcrossARestart() {
    ControlPlaneServer first = newServer();
    StartReport started = first.start();
    assertThat(started.resumed()).isFalse();

    CliRun create =
        warren(started, "service", "create", "web", "--image", "nginx:1.27", "--replicas", "3");
    assertThat(create.exitCode()).as(create.toString()).isZero();
    String webId = create.out().strip();

    CliRun ls = warren(started, "service", "ls");
    assertThat(ls.exitCode()).as(ls.toString()).isZero();
    assertThat(ls.out().lines())
        .hasSize(2)
        .last()
        .asString()
        .startsWith(webId + "   web    replicated   3          nginx:1.27");

    CliRun duplicate = warren(started, "service", "create", "web", "--image", "nginx:1.27");
    assertThat(duplicate.exitCode()).as(duplicate.toString()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(duplicate.err()).startsWith("error: ").contains("web").hasLineCount(1);

    CliRun badName = warren(started, "service", "create", "Bad_Name", "--image", "nginx");
    assertThat(badName.exitCode()).as(badName.toString()).isEqualTo(ExitCodes.USAGE);

    CliRun unknown = warren(started, "service", "inspect", "ghost");
    assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err()).isEqualTo("error: service not found: ghost\n");

    CliRun scale = warren(started, "service", "scale", "web=5");
    assertThat(scale.exitCode()).as(scale.toString()).isZero();
    CliRun update =
        warren(started, "service", "update", "web", "--image", "nginx:1.28", "-e", "MODE=prod");
    assertThat(update.exitCode()).as(update.toString()).isZero();

    CliRun createApi = warren(started, "service", "create", "api", "--image", "api:1");
    CliRun rm = warren(started, "service", "rm", "api");
    assertThat(createApi.exitCode()).as(createApi.toString()).isZero();
    assertThat(rm.exitCode()).as(rm.toString()).isZero();
    assertThat(rm.out()).isEqualTo("api\n");

    CliRun info = warren(started, "cluster", "info");
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

    ControlPlaneServer second = newServer();
    StartReport restarted = second.start();

    assertThat(restarted.resumed()).isTrue();
    assertThat(restarted.clusterId()).isEqualTo(started.clusterId());
    assertThat(warren(restarted, "service", "ls", "-q").out()).isEqualTo(webId + "\n");
    CliRun inspect = warren(restarted, "service", "inspect", "web", "--output", "json");
    assertThat(inspect.out())
        .contains("\"image\": \"nginx:1.28\"", "\"replicas\": 5", "\"MODE\": \"prod\"");
  }

  @Test
  void aSecondManagerOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsRunning() {
    StartReport running = newServer().start();

    assertThatThrownBy(() -> newServer().start())
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("in use by another warren process");
    assertThat(warren(running, "service", "ls").exitCode()).isZero();
  }
}
