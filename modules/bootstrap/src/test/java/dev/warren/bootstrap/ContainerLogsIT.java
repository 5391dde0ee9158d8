package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.crypto.JdkCsrAdapter;
import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.bootstrap.lifecycle.StandaloneWorker;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.worker.WorkerNodeConfig;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogTail;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.StreamContainerLogsRequest;
import dev.warren.testkit.Await;
import dev.warren.testkit.RecordingLogSink;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warren container logs} end to end: replicas that are real processes, their lines read by
 * the node that runs them and streamed through the manager, from a hybrid node's own worker
 * in-process and from a standalone worker over its logs endpoint (mutual TLS).
 */
class ContainerLogsIT {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final Pattern MARKED =
      Pattern.compile("(ticker\\.[0-9]+\\.[0-9a-f-]{6}@(\\S+)) \\| tick (\\d+)");

  @TempDir Path dataDir;
  @TempDir Path workerDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private final List<AutoCloseable> nodes = new ArrayList<>();
  private NodeProcesses managerProcesses;
  private NodeProcesses workerProcesses;

  @BeforeEach
  void observeProcesses() {
    managerProcesses = new NodeProcesses(dataDir);
    workerProcesses = new NodeProcesses(workerDir);
  }

  @AfterEach
  void stopEverything() throws Exception {
    for (AutoCloseable node : nodes.reversed()) {
      node.close();
    }
    managerProcesses.close();
    workerProcesses.close();
  }

  private StartReport start(ManagerConfig config) {
    ControlPlaneServer server = managers.newServer(config);
    nodes.add(server);
    return server.start();
  }

  private static WorkerConfig processes() {
    return new WorkerConfig(
        WorkerConfig.Runtime.PROCESS, Optional.empty(), Map.of(), Duration.ofMillis(500));
  }

  private void createTicker(StartReport manager, int replicas) {
    managers.createShellService(
        manager,
        "ticker",
        "process://",
        replicas,
        "i=0; while true; do i=$((i+1)); echo \"tick $i\"; sleep 0.1; done");
  }

  /** Each replica's last tick in {@code output}, by source. */
  private static Map<String, Integer> lastTicks(List<String> lines) {
    var last = new java.util.TreeMap<String, Integer>();
    for (String line : lines) {
      Matcher matcher = MARKED.matcher(line);
      assertThat(matcher.matches()).as("a marked line: '%s'", line).isTrue();
      last.merge(matcher.group(1), Integer.parseInt(matcher.group(3)), Math::max);
    }
    return last;
  }

  @Test
  void aHybridNodesServiceLogsComeThroughTheManagerMarkedByReplica() {
    StartReport manager = start(managers.config().withEmbeddedWorker(processes()));
    createTicker(manager, 2);
    Await.until(
        () -> {
          CliRun tail = managers.warren(manager, "container", "logs", "ticker", "--tail", "5");
          return tail.exitCode() == 0
              && lastTicks(tail.out().lines().toList()).size() == 2
              && lastTicks(tail.out().lines().toList()).values().stream().allMatch(n -> n >= 6);
        },
        DEADLINE);

    CliRun tail = managers.ok(manager, "container", "logs", "ticker", "--tail", "5");

    List<String> lines = tail.out().lines().toList();
    assertThat(lines).hasSize(10);
    Map<String, Integer> sources = lastTicks(lines);
    assertThat(sources).hasSize(2);
    assertThat(sources.keySet()).allSatisfy(source -> assertThat(source).endsWith("@manager-1"));
    for (String source : sources.keySet()) {
      List<String> own = lines.stream().filter(line -> line.startsWith(source + " |")).toList();
      int last = sources.get(source);
      assertThat(own)
          .as("the last five ticks of %s, in order", source)
          .containsExactly(
              source + " | tick " + (last - 4),
              source + " | tick " + (last - 3),
              source + " | tick " + (last - 2),
              source + " | tick " + (last - 1),
              source + " | tick " + last);
    }

    String containerId =
        managers
            .ok(manager, "container", "ls", "--service", "ticker", "-q")
            .out()
            .lines()
            .findFirst()
            .orElseThrow();
    CliRun one = managers.ok(manager, "container", "logs", containerId, "--tail", "2");
    assertThat(one.out().lines().toList())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).matches("tick \\d+"));

    CliRun unknown = managers.warren(manager, "container", "logs", "no-such-thing");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err()).contains("no container or service is called no-such-thing");
    CliRun badTail = managers.warren(manager, "container", "logs", "ticker", "--tail", "some");
    assertThat(badTail.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void followingDeliversNewLinesOfEveryReplicaUntilClosed() {
    StartReport manager = start(managers.config().withEmbeddedWorker(processes()));
    createTicker(manager, 2);
    var admin = TlsClients.admin(managers.environment().credentials());
    var following = new RecordingLogSink();
    List<String> received = following.lines();
    try (GrpcWarrenClient client = TlsClients.as(manager, admin)) {
      Await.until(() -> lastTicks(lastLines(client)).size() == 2, DEADLINE);

      LogFollow follow =
          client.stream(new StreamContainerLogsRequest("ticker", new LogTail(1), true), following);
      Await.until(() -> received.size() >= 2 && lastTicks(received).size() == 2, DEADLINE);
      Map<String, Integer> first = lastTicks(received);
      Await.until(
          () ->
              lastTicks(received).entrySet().stream()
                  .allMatch(entry -> entry.getValue() >= first.get(entry.getKey()) + 5),
          DEADLINE);
      follow.close();
      int whenClosed = received.size();
      Map<String, Integer> atClose = lastTicks(received);

      // The replicas keep writing; none of it reaches a closed follow.
      Await.until(
          () ->
              lastTicks(lastLines(client)).entrySet().stream()
                  .allMatch(entry -> entry.getValue() > atClose.get(entry.getKey()) + 3),
          DEADLINE);
      assertThat(received).hasSize(whenClosed);
      assertThat(following.ended()).isFalse();
      // Each replica's lines arrived once and in order.
      for (String source : atClose.keySet()) {
        List<Integer> ticks =
            received.stream()
                .map(MARKED::matcher)
                .filter(Matcher::matches)
                .filter(matcher -> matcher.group(1).equals(source))
                .map(matcher -> Integer.parseInt(matcher.group(3)))
                .toList();
        for (int i = 1; i < ticks.size(); i++) {
          assertThat(ticks.get(i))
              .as("%s after %s", source, ticks.get(i - 1))
              .isEqualTo(ticks.get(i - 1) + 1);
        }
      }
    }
  }

  @Test
  void aStandaloneWorkersLogsComeOverItsEndpointAndAStoppedWorkerIsNamed() throws Exception {
    StartReport manager = start(managers.config().withLeaderLoops());
    String token =
        TlsClients.token(
            manager, TlsClients.admin(managers.environment().credentials()), Role.WORKER);
    var worker =
        new StandaloneWorker(
            new WorkerNodeConfig(
                List.of(manager.api()),
                token,
                workerDir,
                NodeId.of("worker-a"),
                processes(),
                Optional.of("127.0.0.1"),
                Duration.ofSeconds(10)),
            new JdkCsrAdapter(),
            InstantSource.system());
    nodes.add(worker);
    worker.start();
    createTicker(manager, 1);

    Await.until(
        () -> {
          CliRun tail = managers.warren(manager, "container", "logs", "ticker", "--tail", "3");
          return tail.exitCode() == 0 && tail.out().lines().count() == 3;
        },
        DEADLINE);
    CliRun tail = managers.ok(manager, "container", "logs", "ticker", "--tail", "3");
    assertThat(tail.out().lines().toList())
        .allSatisfy(
            line -> assertThat(line).matches("ticker\\.0\\.[0-9a-f-]{6}@worker-a \\| tick \\d+"));
    assertThat(managers.ok(manager, "node", "inspect", "worker-a").out())
        .containsPattern("127\\.0\\.0\\.1:\\d+");

    worker.close();
    String containerId =
        managers.ok(manager, "container", "ls", "--service", "ticker", "-q").out().strip();
    CliRun gone = managers.warren(manager, "container", "logs", containerId);
    CliRun serviceGone = managers.warren(manager, "container", "logs", "ticker");

    assertThat(gone.exitCode()).as(gone.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(gone.err()).contains("cannot reach node worker-a at 127.0.0.1:");
    assertThat(serviceGone.exitCode()).as(serviceGone.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(serviceGone.err()).contains("warning: ticker.0.").contains("worker-a");
  }

  @Test
  void aWorkersCertificateMayNotReadLogs() {
    StartReport manager = start(managers.config().withEmbeddedWorker(processes()));
    var admin = TlsClients.admin(managers.environment().credentials());
    var workerIdentity = TlsClients.redeem(manager, admin, "worker-z", Role.WORKER);
    var refused = new RecordingLogSink();

    try (GrpcWarrenClient asWorker = TlsClients.as(manager, workerIdentity)) {
      asWorker.stream(new StreamContainerLogsRequest("anything", LogTail.all(), false), refused);
      assertThat(refused.end())
          .get()
          .isInstanceOf(PermissionDeniedException.class)
          .extracting(Throwable::getMessage)
          .asString()
          .contains("StreamContainerLogs");
    }
  }

  /** Each replica's last line now, or nothing when the read failed. */
  private static List<String> lastLines(GrpcWarrenClient client) {
    var sink = new RecordingLogSink();
    client.stream(new StreamContainerLogsRequest("ticker", new LogTail(1), false), sink);
    return sink.end().isEmpty() ? sink.lines() : List.of();
  }
}
