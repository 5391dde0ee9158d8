package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.crypto.JdkCsrAdapter;
import dev.warren.bootstrap.lifecycle.ManagerRetry;
import dev.warren.bootstrap.lifecycle.StandaloneWorker;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.cli.testing.CliRun;
import dev.warren.cli.worker.WorkerNodeConfig;
import dev.warren.cli.worker.WorkerStartReport;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.testkit.Await;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warren worker start} against a real manager that runs no worker of its own: the worker
 * joins with a worker token, runs the replicas it is given as host processes, and after a restart
 * of itself or of the manager resumes as the same node with the same processes, never a second
 * copy.
 */
class StandaloneWorkerIT {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);

  @TempDir Path dataDir;
  @TempDir Path workerDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private final List<StandaloneWorker> workers = new ArrayList<>();
  private NodeProcesses processes;

  @BeforeEach
  void observeTheWorkersProcesses() {
    processes = new NodeProcesses(workerDir);
  }

  @AfterEach
  void stopWhatIsLeft() {
    workers.forEach(StandaloneWorker::close);
    processes.close();
  }

  /** A manager only (no embedded worker) on a fixed API port, so that a restart keeps it. */
  private ManagerConfig managerOnly(int apiPort) {
    return new ManagerConfig(
            dataDir,
            NodeId.of("manager-1"),
            new TcpAddress("127.0.0.1", apiPort),
            ANY_PORT,
            ANY_PORT)
        .withAdminCredentials(managers.environment().credentials())
        .withLeaderLoops();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private String workerToken(StartReport manager) {
    return TlsClients.token(
        manager, TlsClients.admin(managers.environment().credentials()), Role.WORKER);
  }

  private WorkerNodeConfig workerConfig(StartReport manager, String token, NodeId node) {
    return new WorkerNodeConfig(
        List.of(manager.api()),
        token,
        workerDir,
        node,
        new WorkerConfig(
            WorkerConfig.Runtime.PROCESS,
            Optional.empty(),
            Map.of("zone", "b"),
            Duration.ofMillis(500)),
        Optional.empty(),
        Duration.ofSeconds(10));
  }

  private StandaloneWorker worker(WorkerNodeConfig config) {
    var worker = new StandaloneWorker(config, new JdkCsrAdapter(), InstantSource.system());
    workers.add(worker);
    return worker;
  }

  private StandaloneWorker worker(WorkerNodeConfig config, ManagerRetry retry) {
    var worker = new StandaloneWorker(config, new JdkCsrAdapter(), InstantSource.system(), retry);
    workers.add(worker);
    return worker;
  }

  private List<RuntimeContainer> running() {
    return processes.running();
  }

  private List<String> runtimeIds() {
    return processes.runtimeIds();
  }

  @Test
  void aWorkerJoinsRunsItsReplicasAndResumesAfterARestartWithoutASecondCopy() throws IOException {
    var server = managers.newServer(managerOnly(freePort()));
    StartReport manager = server.start();
    NodeId node = NodeId.of("worker-a");
    WorkerNodeConfig config = workerConfig(manager, workerToken(manager), node);

    WorkerStartReport joined = worker(config).start();
    assertThat(joined.resumed()).isFalse();
    assertThat(joined.nodeId()).isEqualTo(node);
    assertThat(joined.clusterId()).isEqualTo(manager.clusterId());
    assertThat(managers.ok(manager, "node", "ls").out()).containsPattern("worker-a +worker +ready");

    managers.createSleepers(manager, "sleeper", 2);
    Await.until(() -> running().size() == 2, DEADLINE);
    Await.until(() -> managers.runningReplicas(manager, "sleeper") == 2, DEADLINE);
    List<String> before = runtimeIds();

    // A worker that goes away leaves its containers running.
    workers.getFirst().close();
    assertThat(running()).as("processes outlive the worker").hasSize(2);

    WorkerStartReport resumed = worker(config).start();
    assertThat(resumed.resumed()).as("the stored certificate is reused").isTrue();
    assertThat(resumed.nodeId()).isEqualTo(node);
    // A second pass of the restarted worker has run once the manager saw a heartbeat after it.
    Await.until(() -> managers.runningReplicas(manager, "sleeper") == 2, DEADLINE);
    assertThat(runtimeIds()).as("the same two processes, adopted").isEqualTo(before);

    managers.ok(manager, "service", "rm", "sleeper");
    Await.until(() -> running().isEmpty(), DEADLINE);
  }

  @Test
  void aWorkerWhoseFirstManagerIsDeadJoinsThroughTheNextAndRunsItsReplicas() throws IOException {
    var server = managers.newServer(managerOnly(freePort()));
    StartReport manager = server.start();
    var dead = new TcpAddress("127.0.0.1", freePort());
    WorkerNodeConfig config =
        new WorkerNodeConfig(
            List.of(dead, manager.api()),
            workerToken(manager),
            workerDir,
            NodeId.of("worker-d"),
            new WorkerConfig(
                WorkerConfig.Runtime.PROCESS, Optional.empty(), Map.of(), Duration.ofMillis(500)),
            Optional.empty(),
            Duration.ofSeconds(10));

    WorkerStartReport joined = worker(config).start();
    managers.createSleepers(manager, "sleeper", 1);

    assertThat(joined.clusterId()).isEqualTo(manager.clusterId());
    Await.until(() -> managers.runningReplicas(manager, "sleeper") == 1, DEADLINE);
    assertThat(managers.ok(manager, "node", "ls").out()).containsPattern("worker-d +worker +ready");
    managers.ok(manager, "service", "rm", "sleeper");
    Await.until(() -> running().isEmpty(), DEADLINE);
  }

  @Test
  void aWorkerReconnectsToARestartedManagerAndKeepsItsContainers() throws IOException {
    int apiPort = freePort();
    var first = managers.newServer(managerOnly(apiPort));
    StartReport manager = first.start();
    worker(workerConfig(manager, workerToken(manager), NodeId.of("worker-b"))).start();
    managers.createSleepers(manager, "sleeper", 2);
    Await.until(() -> running().size() == 2, DEADLINE);
    List<String> before = runtimeIds();

    first.close();
    assertThat(running()).as("containers keep running without a manager").hasSize(2);

    StartReport again = managers.newServer(managerOnly(apiPort)).start();
    managers.ok(again, "service", "scale", "sleeper=3");
    Await.until(() -> running().size() == 3, DEADLINE);
    Await.until(() -> managers.runningReplicas(again, "sleeper") == 3, DEADLINE);
    assertThat(runtimeIds()).as("the first two were kept: %s", runtimeIds()).containsAll(before);
  }

  @Test
  void aManagerTokenOrAForeignCaIsRefusedAtOnceWithAClearError() throws IOException {
    StartReport manager = managers.newServer(managerOnly(freePort())).start();
    String managerToken =
        TlsClients.token(
            manager, TlsClients.admin(managers.environment().credentials()), Role.MANAGER);

    assertThatThrownBy(
            () -> worker(workerConfig(manager, managerToken, NodeId.of("worker-c"))).start())
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("worker token");

    String otherCluster = "WRN-1-" + "ab".repeat(32) + "-secret";
    assertThatThrownBy(
            () -> worker(workerConfig(manager, otherCluster, NodeId.of("worker-e"))).start())
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("is not a manager of the token's cluster");
  }

  @Test
  void aWorkerStartedBeforeItsManagerRetriesUntilItAnswersThenJoins() throws Exception {
    int apiPort = freePort();
    var first = managers.newServer(managerOnly(apiPort));
    StartReport manager = first.start();
    String token = workerToken(manager);
    first.close();
    List<String> attempts = new CopyOnWriteArrayList<>();
    StandaloneWorker waiting =
        worker(
            workerConfig(manager, token, NodeId.of("worker-f")),
            new ManagerRetry(Duration.ofMillis(50), Duration.ofMillis(400), attempts::add));

    CompletableFuture<WorkerStartReport> joining = startInBackground(waiting);
    Await.until(() -> attempts.size() >= 3, DEADLINE);
    assertThat(joining).as("still waiting for a manager").isNotDone();
    assertThat(attempts.getFirst())
        .contains("cannot reach any manager at [127.0.0.1:" + apiPort + "]")
        .contains("trying again in")
        .endsWith("(attempt 1)");
    assertThat(attempts.get(2)).endsWith("(attempt 3)");

    StartReport again = managers.newServer(managerOnly(apiPort)).start();
    WorkerStartReport joined = joining.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    assertThat(joined.nodeId()).isEqualTo(NodeId.of("worker-f"));
    assertThat(managers.ok(again, "node", "ls").out()).containsPattern("worker-f +worker +ready");
  }

  @Test
  void stoppingAWorkerThatWaitsForItsManagersEndsItsStartWithAClearError() throws Exception {
    StartReport manager = managers.newServer(managerOnly(freePort())).start();
    int nobody = freePort();
    var unreachable =
        new WorkerNodeConfig(
            List.of(new TcpAddress("127.0.0.1", nobody)),
            workerToken(manager),
            workerDir.resolve("other"),
            NodeId.of("worker-d"),
            WorkerConfig.processes(),
            Optional.empty(),
            Duration.ofSeconds(5));
    List<String> attempts = new CopyOnWriteArrayList<>();
    StandaloneWorker waiting =
        worker(
            unreachable,
            new ManagerRetry(Duration.ofMillis(50), Duration.ofMillis(200), attempts::add));

    CompletableFuture<WorkerStartReport> joining = startInBackground(waiting);
    Await.until(() -> !attempts.isEmpty(), DEADLINE);
    waiting.close();

    assertThatThrownBy(() -> joining.get(DEADLINE.toSeconds(), TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("stopped before a manager answered")
        .hasMessageContaining("cannot reach any manager at [127.0.0.1:" + nobody + "]");
  }

  private static CompletableFuture<WorkerStartReport> startInBackground(StandaloneWorker worker) {
    var result = new CompletableFuture<WorkerStartReport>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                result.complete(worker.start());
              } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
              }
            });
    return result;
  }

  @Test
  void theCommandLineReportsABadTokenAsAUsageError() {
    CliRun run =
        CliRun.execute(
            dev.warren.bootstrap.di.DaggerCliComponent.create().commandFactory(),
            managers.environment(),
            "worker",
            "start",
            "--manager",
            "127.0.0.1:1",
            "--token",
            "not-a-token",
            "--data-dir",
            workerDir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("error: --token is not a Warren join token")
        .doesNotContain("Exception");
  }

  @Test
  void theTokenComesFromWarrenTokenWhenNotGivenAndIsRequiredFromOneOfThem() {
    var factory = dev.warren.bootstrap.di.DaggerCliComponent.create().commandFactory();
    String[] startWithoutToken = {
      "worker", "start", "--manager", "127.0.0.1:1", "--data-dir", workerDir.toString()
    };
    CliEnvironment plain = managers.environment();

    CliRun missing = CliRun.execute(factory, plain, startWithoutToken);
    var variables = new java.util.HashMap<>(plain.variables());
    variables.put("WARREN_TOKEN", "not-a-token");
    CliRun fromVariable =
        CliRun.execute(
            factory,
            new CliEnvironment(variables, plain.userHome(), plain.stdin()),
            startWithoutToken);

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .contains("a join token is required: give --token TOKEN or set WARREN_TOKEN");
    assertThat(fromVariable.exitCode()).isEqualTo(2);
    assertThat(fromVariable.err().strip()).startsWith("error: --token is not a Warren join token");
  }
}
