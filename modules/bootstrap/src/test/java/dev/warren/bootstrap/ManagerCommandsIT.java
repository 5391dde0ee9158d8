package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerTestControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.ControlPlaneLauncher;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.WarrenCli;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.testing.TestCommands;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/** {@code cluster init} and {@code server run} on the test component (in-memory state and log). */
class ManagerCommandsIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern API = Pattern.compile("API: +(\\S+)");

  @TempDir Path dataDir;
  @TempDir Path configHome;

  /** The manager writes the admin credentials under the test's config home, never the user's. */
  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private final List<ControlPlaneServer> servers = new CopyOnWriteArrayList<>();
  private final ControlPlaneLauncher launcher =
      config -> {
        ControlPlaneServer server =
            DaggerTestControlPlaneComponent.factory().create(config).server();
        servers.add(server);
        return server;
      };
  private final IFactory managerCommands =
      TestCommands.factory(
          config -> {
            throw new AssertionError("manager commands open no client");
          },
          launcher,
          InstantSource.system());
  private final IFactory clientCommands = DaggerCliComponent.create().commandFactory();

  /** A command running in the background, its output readable while it runs. */
  private record Running(CompletableFuture<Integer> exitCode, StringWriter out, StringWriter err) {}

  @AfterEach
  void stopServers() {
    servers.forEach(ControlPlaneServer::close);
  }

  private Running inBackground(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cli =
        WarrenCli.create(
            managerCommands, environment(), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Running(CompletableFuture.supplyAsync(() -> cli.execute(args)), out, err);
  }

  private String[] managerArgs(String... command) {
    var args = new ArrayList<>(List.of(command));
    args.addAll(
        List.of(
            "--data-dir", dataDir.toString(),
            "--listen", "127.0.0.1:0",
            "--raft-listen", "127.0.0.1:0",
            "--metrics-listen", "127.0.0.1:0"));
    return args.toArray(String[]::new);
  }

  private static String awaitApiAddress(Running running) {
    Await.until(
        "the manager says it runs",
        TIMEOUT,
        () -> running.out().toString().contains("Manager running") || running.exitCode().isDone());
    Matcher api = API.matcher(running.out().toString());
    assertThat(api.find()).as("output: %s / %s", running.out(), running.err()).isTrue();
    return api.group(1);
  }

  @Test
  void clusterInitRunsAManagerThatServesTheCliUntilItStops() throws Exception {
    Running init = inBackground(managerArgs("cluster", "init", "--node-id", "manager-1"));
    String api = awaitApiAddress(init);

    CliRun create =
        CliRun.execute(
            clientCommands,
            environment(),
            "service",
            "create",
            "web",
            "--image",
            "nginx",
            "--manager",
            api);
    CliRun list =
        CliRun.execute(clientCommands, environment(), "service", "ls", "-q", "--manager", api);
    servers.getFirst().close();

    assertThat(init.exitCode().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isZero();
    assertThat(create.exitCode()).as(create.toString()).isZero();
    assertThat(list.out()).as(list.toString()).isEqualTo(create.out());
    assertThat(init.out().toString())
        .contains(
            "Initialized cluster",
            "Node id:     manager-1",
            "Metrics:     http://127.0.0.1:",
            "Socket:      " + dataDir.resolve("warren.sock") + " (read-only)",
            "Admin credentials: " + environment().credentials().root() + " (new certificate)");
    assertThat(environment().credentials().read()).isPresent();
    assertThat(Files.readString(dataDir.resolve("node-id")).strip()).isEqualTo("manager-1");
    assertThat(dataDir.resolve("pki")).isNotEmptyDirectory();
    assertThat(dataDir.resolve("keys")).isNotEmptyDirectory();
  }

  @Test
  void aClientGivenSeveralManagersWhoseFirstIsDeadReachesTheLiveOne() throws Exception {
    Running init = inBackground(managerArgs("cluster", "init", "--node-id", "manager-1"));
    String api = awaitApiAddress(init);
    String dead;
    try (var socket = new java.net.ServerSocket()) {
      socket.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
      dead = "127.0.0.1:" + socket.getLocalPort();
    }

    CliRun create =
        CliRun.execute(
            clientCommands,
            environment(),
            "service",
            "create",
            "web",
            "--image",
            "nginx",
            "--manager",
            dead + "," + api);
    CliRun list =
        CliRun.execute(
            clientCommands,
            new CliEnvironment(
                java.util.Map.of(
                    "XDG_CONFIG_HOME", configHome.toString(), "WARREN_MANAGER", dead + "," + api),
                Path.of("/nonexistent/warren-test-home"),
                new java.io.ByteArrayInputStream(new byte[0])),
            "service",
            "ls",
            "-q");
    CliRun alone =
        CliRun.execute(clientCommands, environment(), "service", "ls", "-q", "--manager", dead);
    servers.getFirst().close();

    assertThat(create.exitCode()).as(create.toString()).isZero();
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out()).isEqualTo(create.out()).isNotBlank();
    assertThat(alone.exitCode()).as("the dead manager alone: unavailable").isEqualTo(5);
  }

  @Test
  void aSecondManagerOnTheSameDataDirectoryFailsWithExitFour() throws Exception {
    Running first = inBackground(managerArgs("cluster", "init"));
    awaitApiAddress(first);

    CliRun second = CliRun.execute(managerCommands, environment(), managerArgs("server", "run"));

    assertThat(second.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(second.err())
        .isEqualTo("error: data directory " + dataDir + " is in use by another warren process\n");
    assertThat(first.exitCode()).isNotDone();
  }

  @Test
  void serverRunOnAnEmptyDirectoryExplainsHowToCreateACluster() {
    CliRun run = CliRun.execute(managerCommands, environment(), managerArgs("server", "run"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(run.err()).contains("holds no warren node", "warren cluster init").hasLineCount(1);
    assertThat(servers).isEmpty();
  }
}
