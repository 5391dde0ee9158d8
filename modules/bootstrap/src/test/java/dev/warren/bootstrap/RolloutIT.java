package dev.warren.bootstrap;

import static dev.warren.bootstrap.TwoProcessNodes.containers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceRequest;
import dev.warren.testkit.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rollouts on real parts: a hybrid manager on the process runtime runs six replicas of a small
 * Python HTTP server; its {@code VERSION} variable says which version it is, and version {@code
 * bad} exits at once. Updating the variable rolls out in batches of two with max unavailable 2,
 * sampled throughout for the floor of four running replicas; an update to {@code bad}, whose
 * failure action is rollback, returns by itself; a manager restarted mid-rollout resumes it without
 * replacing a finished batch again; an update to {@code sick}, whose replicas run but answer 500 to
 * their exec health probe, is rolled back by itself while at least four replicas stay healthy.
 */
class RolloutIT {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final int REPLICAS = 6;
  private static final int PARALLELISM = 2;
  private static final int FLOOR = REPLICAS - PARALLELISM;
  private static final long SAMPLE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  /** An HTTP server on a free port of 127.0.0.1, which it writes to ./port once listening. */
  private static final String SERVER =
      String.join(
          "\n",
          "import http.server, os, sys",
          "if os.environ.get('VERSION') == 'bad':",
          "    sys.exit(1)",
          "class Handler(http.server.BaseHTTPRequestHandler):",
          "    def do_GET(self):",
          "        version = os.environ.get('VERSION', '')",
          "        self.send_response(500 if version in ('bad', 'sick') else 200)",
          "        self.end_headers()",
          "        self.wfile.write(version.encode())",
          "    def log_message(self, *args):",
          "        pass",
          "server = http.server.HTTPServer(('127.0.0.1', 0), Handler)",
          "with open('port.tmp', 'w') as out:",
          "    out.write(str(server.server_port))",
          "os.rename('port.tmp', 'port')",
          "server.serve_forever()");

  /**
   * Healthy when the replica's server answers 200 on the port it wrote: version {@code sick} runs
   * but answers 500, so its replicas never become healthy.
   */
  private static final HealthCheck ANSWERS_OK =
      new HealthCheck(
          new HealthProbe.Exec(
              List.of(
                  "/usr/bin/python3",
                  "-c",
                  "import urllib.request; port = open('port').read(); "
                      + "urllib.request.urlopen('http://127.0.0.1:' + port + '/', timeout=1)")),
          1,
          2,
          2,
          0);

  @TempDir Path dataDir;
  @TempDir Path configHome;

  @RegisterExtension final RealManager managers = new RealManager(() -> dataDir, () -> configHome);

  private final List<ControlPlaneServer> servers = new ArrayList<>();
  private NodeProcesses processes;

  @BeforeEach
  void observeTheNodesProcesses() {
    processes = new NodeProcesses(dataDir);
  }

  @AfterEach
  void removeWhatIsLeft() {
    servers.forEach(ControlPlaneServer::close);
    processes.close();
  }

  private ManagerConfig hybrid() {
    return managers.config().withEmbeddedWorker(TwoProcessNodes.processes());
  }

  private StartReport start(ManagerConfig config) {
    ControlPlaneServer server = managers.newServer(config);
    servers.add(server);
    return server.start();
  }

  private static ServiceSpec web(int delaySeconds) {
    return web(delaySeconds, Optional.empty());
  }

  private static ServiceSpec web(int delaySeconds, Optional<HealthCheck> healthCheck) {
    return new ServiceSpec(
        "web",
        "process://",
        REPLICAS,
        ServiceMode.REPLICATED,
        DeployStrategy.ROLLING,
        new UpdateConfig(
            PARALLELISM,
            delaySeconds,
            FailureAction.ROLLBACK,
            0,
            PARALLELISM,
            30,
            0,
            List.of(),
            0,
            0,
            false,
            0),
        healthCheck,
        RestartPolicy.DEFAULT,
        Resources.UNLIMITED,
        List.of(),
        List.of(),
        Map.of("VERSION", "v1"),
        List.of("/usr/bin/python3", "-c", SERVER),
        List.of(),
        ServiceSpec.DEFAULT_STOP_TIMEOUT_SECONDS,
        PlacementSpec.ANYWHERE);
  }

  private static List<Task> replicas(GrpcWarrenClient admin) {
    return containers(admin).stream().filter(task -> task.serviceName().equals("web")).toList();
  }

  /** Replicas wanted running that run. */
  private static List<Task> serving(GrpcWarrenClient admin) {
    return replicas(admin).stream()
        .filter(task -> task.desiredState() == DesiredState.RUNNING)
        .filter(task -> task.state() == TaskState.RUNNING)
        .toList();
  }

  private static boolean allServe(GrpcWarrenClient admin, String version) {
    List<Task> serving = serving(admin);
    return serving.size() == REPLICAS
        && serving.stream().allMatch(task -> version.equals(task.env().get("VERSION")));
  }

  /**
   * Waits until all replicas serve {@code version}; on timeout, says what each replica was doing.
   */
  private void awaitAllServe(GrpcWarrenClient admin, String version) {
    try {
      Await.until(() -> allServe(admin, version), DEADLINE);
    } catch (AssertionError timedOut) {
      var states = new StringBuilder();
      for (Task task : replicas(admin)) {
        states.append(
            String.format(
                "%n  %s slot %d %s/%s health %s env %s error '%s'",
                task.id(),
                task.slot(),
                task.desiredState().wireName(),
                task.state().wireName(),
                task.health().wireName(),
                task.env(),
                task.error()));
      }
      try (var files = java.nio.file.Files.walk(dataDir)) {
        for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
          String name = file.getFileName().toString();
          if ((name.equals("port") || name.contains("log"))
              && java.nio.file.Files.size(file) < 4096) {
            states
                .append("\n  ")
                .append(file)
                .append(": ")
                .append(java.nio.file.Files.readString(file));
          }
        }
      } catch (java.io.IOException e) {
        states.append("\n  (cannot list ").append(dataDir).append(": ").append(e).append(')');
      }
      throw new AssertionError(
          "not all " + REPLICAS + " replicas serve " + version + ":" + states, timedOut);
    }
  }

  private static void setVersion(GrpcWarrenClient admin, Service service, String version) {
    admin.update(
        new UpdateServiceRequest(
            service.id(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Map.of("VERSION", version)),
            Optional.empty()));
  }

  private static Service read(GrpcWarrenClient admin) {
    return admin.get(
        new GetServiceRequest(new ServiceRef.ByName("web"), ReadConsistency.LINEARIZABLE));
  }

  /** Replicas wanted running that run and passed their health check. */
  private static List<Task> healthy(GrpcWarrenClient admin) {
    return serving(admin).stream().filter(task -> task.health() == TaskHealth.HEALTHY).toList();
  }

  /** Samples the number of serving replicas until stopped; the samples are the result. */
  private static final class Sampler implements AutoCloseable {
    final AtomicBoolean sampling = new AtomicBoolean(true);
    final AtomicInteger taken = new AtomicInteger();
    final CompletableFuture<List<Integer>> samples;

    Sampler(GrpcWarrenClient admin) {
      this(admin, RolloutIT::serving);
    }

    Sampler(GrpcWarrenClient admin, Function<GrpcWarrenClient, List<Task>> counted) {
      samples =
          CompletableFuture.supplyAsync(
              () -> {
                var counts = new ArrayList<Integer>();
                while (sampling.get()) {
                  try {
                    counts.add(counted.apply(admin).size());
                  } catch (RuntimeException managerAway) {
                    // A restarting manager answers nothing for a moment; that is no sample.
                  }
                  taken.incrementAndGet();
                  LockSupport.parkNanos(SAMPLE_PAUSE_NANOS);
                }
                return counts;
              });
      Await.until(() -> taken.get() > 0, DEADLINE);
    }

    @Override
    public void close() {
      sampling.set(false);
    }

    List<Integer> result() throws Exception {
      close();
      return samples.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSixReplicaHttpServiceUpdatesInBatchesAboveTheFloorAndRollsBackAFailingUpdateByItself()
      throws Exception {
    StartReport manager = start(hybrid());
    GrpcWarrenClient admin =
        TlsClients.as(manager, TlsClients.admin(managers.environment().credentials()));
    Service service = admin.create(new CreateServiceRequest(web(1)));
    awaitAllServe(admin, "v1");

    var healthy = new Sampler(admin);
    Instant updated = Instant.now();
    setVersion(admin, service, "v2");
    awaitAllServe(admin, "v2");
    List<Integer> duringUpdate = healthy.result();

    assertThat(duringUpdate).isNotEmpty();
    assertThat(duringUpdate.stream().mapToInt(Integer::intValue).min().orElseThrow())
        .as("serving replicas sampled throughout the update (%d samples)", duringUpdate.size())
        .isGreaterThanOrEqualTo(FLOOR);
    // Batches of two, each started after the previous one was healthy and the delay had passed.
    List<Instant> created =
        replicas(admin).stream()
            .filter(task -> "v2".equals(task.env().get("VERSION")))
            .map(Task::createdAt)
            .sorted()
            .toList();
    assertThat(created).hasSize(REPLICAS).allMatch(at -> at.isAfter(updated.minusSeconds(1)));
    for (int batch = 1; batch < REPLICAS / PARALLELISM; batch++) {
      Instant previous = created.get(batch * PARALLELISM - 1);
      Instant next = created.get(batch * PARALLELISM);
      assertThat(Duration.between(previous, next))
          .as("gap before batch %d", batch + 1)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    var duringFailure = new Sampler(admin);
    setVersion(admin, service, "bad");
    Await.until(
        () ->
            "v2".equals(read(admin).spec().env().get("VERSION"))
                && replicas(admin).stream().anyMatch(t -> "bad".equals(t.env().get("VERSION")))
                && allServe(admin, "v2"),
        DEADLINE);
    List<Integer> samples = duringFailure.result();

    assertThat(samples.stream().mapToInt(Integer::intValue).min().orElseThrow())
        .isGreaterThanOrEqualTo(FLOOR);
    List<Task> bad =
        replicas(admin).stream().filter(t -> "bad".equals(t.env().get("VERSION"))).toList();
    assertThat(bad)
        .isNotEmpty()
        .allMatch(t -> t.state().isTerminal() || t.desiredState() == DesiredState.SHUTDOWN);
    // The restart policy may have restarted a failed replica in its slot before the rollback.
    assertThat(bad.stream().map(Task::slot).distinct())
        .as("only the first batch's slots ran the failing version")
        .hasSizeLessThanOrEqualTo(PARALLELISM);
  }

  @Test
  void anUpdateWhoseReplicasRunButNeverBecomeHealthyIsRolledBackWithTheHealthyFloorKept()
      throws Exception {
    StartReport manager = start(hybrid());
    GrpcWarrenClient admin =
        TlsClients.as(manager, TlsClients.admin(managers.environment().credentials()));
    Service service = admin.create(new CreateServiceRequest(web(0, Optional.of(ANSWERS_OK))));
    awaitAllServe(admin, "v1");
    Await.until(() -> healthy(admin).size() == REPLICAS, DEADLINE);

    var duringFailure = new Sampler(admin, RolloutIT::healthy);
    setVersion(admin, service, "sick");
    Await.until(
        () ->
            "v1".equals(read(admin).spec().env().get("VERSION"))
                && replicas(admin).stream().anyMatch(t -> "sick".equals(t.env().get("VERSION")))
                && allServe(admin, "v1")
                && healthy(admin).size() == REPLICAS,
        DEADLINE);
    List<Integer> samples = duringFailure.result();

    assertThat(samples.stream().mapToInt(Integer::intValue).min().orElseThrow())
        .as("healthy replicas sampled throughout the update and its rollback")
        .isGreaterThanOrEqualTo(FLOOR);
    List<Task> sick =
        replicas(admin).stream().filter(t -> "sick".equals(t.env().get("VERSION"))).toList();
    assertThat(sick)
        .as("the failing version ran, was found unhealthy and was stopped")
        .isNotEmpty()
        .allMatch(t -> t.desiredState() == DesiredState.SHUTDOWN)
        .anyMatch(t -> t.health() == TaskHealth.UNHEALTHY);
    assertThat(sick.stream().map(Task::slot).distinct())
        .as("only the first batch's slots ran the failing version")
        .hasSizeLessThanOrEqualTo(PARALLELISM);
  }

  @Test
  void aManagerRestartedMidRolloutResumesItWithoutReplacingAFinishedBatchAgain() throws Exception {
    ManagerConfig config = hybrid();
    StartReport manager = start(config);
    var adminIdentity = TlsClients.admin(managers.environment().credentials());
    GrpcWarrenClient admin = TlsClients.as(manager, adminIdentity);
    Service service = admin.create(new CreateServiceRequest(web(4)));
    awaitAllServe(admin, "v1");

    setVersion(admin, service, "v2");
    Await.until(
        () ->
            serving(admin).stream().filter(t -> "v2".equals(t.env().get("VERSION"))).count()
                == PARALLELISM,
        DEADLINE);
    List<TaskId> firstBatch =
        serving(admin).stream()
            .filter(t -> "v2".equals(t.env().get("VERSION")))
            .map(Task::id)
            .toList();

    // Within the 4 s delay after the first batch: the manager stops and starts on its data.
    servers.get(0).close();
    StartReport again = start(config);
    GrpcWarrenClient resumed = TlsClients.as(again, adminIdentity);
    awaitAllServe(resumed, "v2");

    List<Task> v2 =
        replicas(resumed).stream().filter(t -> "v2".equals(t.env().get("VERSION"))).toList();
    assertThat(v2).as("one replica of v2 per slot, none redone").hasSize(REPLICAS);
    assertThat(serving(resumed).stream().map(Task::id)).containsAll(firstBatch);
  }
}
