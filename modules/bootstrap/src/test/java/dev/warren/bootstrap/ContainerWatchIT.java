package dev.warren.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.application.replication.Futures;
import dev.warren.bootstrap.di.DaggerCliComponent;
import dev.warren.bootstrap.di.DaggerTestControlPlaneComponent;
import dev.warren.bootstrap.di.TestControlPlaneComponent;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.CliEnvironment;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.testkit.SampleTasks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.IFactory;

/**
 * WatchContainers end to end: the real use cases, gRPC server, client and CLI over the in-memory
 * state and log (so containers can be seeded: nothing creates them over the API yet).
 */
class ContainerWatchIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final TcpAddress ANY_PORT = new TcpAddress("127.0.0.1", 0);
  private static final WatchContainersRequest WORKER_1 =
      new WatchContainersRequest(NodeId.of("worker-1"));

  @TempDir Path dataDir;
  @TempDir Path configHome;

  /**
   * The test's own config home: the manager writes the admin credentials there, the CLI reads them.
   */
  private CliEnvironment environment() {
    return CliRun.isolatedIn(configHome);
  }

  private final IFactory cli = DaggerCliComponent.create().commandFactory();
  private TestControlPlaneComponent component;
  private ControlPlaneServer server;
  private StartReport manager;
  private GrpcWarrenClient api;
  private Service web;

  @BeforeEach
  void startAManagerWithAWorkerAndAService() {
    component =
        DaggerTestControlPlaneComponent.factory()
            .create(
                new ManagerConfig(dataDir, NodeId.of("manager-1"), ANY_PORT, ANY_PORT, ANY_PORT)
                    .withAdminCredentials(environment().credentials()));
    server = component.server();
    manager = server.start();
    // A second manager's certificate: it may register worker-1 and watch for it, as a manager
    // relaying for its workers does.
    api =
        TlsClients.as(
            manager,
            TlsClients.redeem(
                manager, TlsClients.admin(environment().credentials()), "manager-2", Role.MANAGER));
    api.register(
        new RegisterNodeRequest(
            NodeId.of("worker-1"), NodeRole.WORKER, "10.1.0.7:7946", NodeResources.NONE, Map.of()));
    web = api.create(new CreateServiceRequest(ServiceSpec.of("web", "nginx:1.27", 2)));
  }

  @AfterEach
  void stop() {
    api.close();
    server.close();
  }

  private void seed(int slot, String id) {
    Task task = SampleTasks.placed(id, web, slot, NodeId.of("worker-1"), Instant.now());
    Futures.await(component.replicatedLog().propose(new TasksCreated(List.of(task))), "seeding");
  }

  private CliRun warren(String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--manager", manager.api().toString()));
    return CliRun.execute(cli, environment(), all.toArray(String[]::new));
  }

  /** The next event as "type id state desired", waiting for it with a deadline. */
  private static String next(ContainerWatch watch) {
    var event = new AtomicReference<Optional<TaskEvent>>(Optional.empty());
    Await.until("an event", TIMEOUT, () -> event.updateAndGet(none -> watch.poll()).isPresent());
    TaskEvent got = event.get().orElseThrow();
    return got.type().wireName()
        + " "
        + got.task().id()
        + " "
        + got.task().state().wireName()
        + " "
        + got.task().desiredState().wireName();
  }

  @Test
  void aWorkerSeesItsContainersThenEveryCommittedChange() {
    seed(0, "c0");

    try (ContainerWatch watch = api.watch(WORKER_1, () -> {})) {
      assertThat(next(watch)).isEqualTo("add c0 pending running");
      Await.until(
          "the watch is open", TIMEOUT, () -> component.containerWatches().openWatches() == 1);

      seed(1, "c1");
      api.update(
          new UpdateContainerStatusRequest(
              NodeId.of("worker-1"),
              new TaskStatusReport(TaskId.of("c0"), TaskState.RUNNING, "ctr-c0", "")));
      CliRun ps = warren("service", "ps", "web");
      api.delete(new DeleteServiceRequest(web.id()));

      assertThat(next(watch)).isEqualTo("add c1 pending running");
      assertThat(next(watch)).isEqualTo("update c0 running running");
      assertThat(List.of(next(watch), next(watch)))
          .containsExactlyInAnyOrder("update c0 running shutdown", "update c1 pending shutdown");
      assertThat(ps.exitCode()).as(ps.toString()).isZero();
      assertThat(ps.out()).contains("c0   web.0   nginx:1.27   worker-1   running         running");
      assertThat(warren("container", "ls", "--node", "worker-1", "-q").out()).isEqualTo("c0\nc1\n");
    }

    Await.until(
        "the closed watch is gone on the manager",
        TIMEOUT,
        () -> component.containerWatches().openWatches() == 0);
  }

  @Test
  void aWorkerThatStopsReadingIsCutOffAndToldToWatchAgain() {
    ContainerWatch stalled = api.watch(WORKER_1, () -> {});
    Await.until(
        "the watch is open", TIMEOUT, () -> component.containerWatches().openWatches() == 1);

    // The client's buffer and the transport take events before the manager's buffer fills.
    for (int slot = 0; slot < 50_000 && component.containerWatches().openWatches() > 0; slot++) {
      seed(slot, "c" + slot);
    }

    assertThat(component.containerWatches().openWatches()).isZero();
    var failure = new AtomicReference<RuntimeException>();
    Await.until(
        "the cut-off reaches the worker",
        TIMEOUT,
        () -> {
          try {
            while (stalled.poll().isPresent()) {
              // Reads what was delivered before the cut.
            }
            return false;
          } catch (RuntimeException cutOff) {
            failure.set(cutOff);
            return true;
          }
        });
    assertThat(failure.get())
        .isInstanceOf(VersionConflictException.class)
        .hasMessageContaining("fell more than 1024 changes behind")
        .hasMessageContaining("watch again");
    stalled.close();
    assertThat(warren("container", "ls", "-q").exitCode()).isZero();
  }
}
