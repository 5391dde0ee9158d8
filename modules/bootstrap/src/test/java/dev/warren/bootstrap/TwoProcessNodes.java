package dev.warren.bootstrap;

import dev.warren.adapters.crypto.JdkCsrAdapter;
import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.lifecycle.StandaloneWorker;
import dev.warren.cli.StartReport;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.cli.worker.WorkerNodeConfig;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.testkit.Await;
import dev.warren.tls.ClientTlsIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the ITs of a hybrid manager beside a standalone worker (both on the process runtime) share:
 * the workers' settings, joining the worker, spreading a service over both nodes, and what runs
 * where.
 */
final class TwoProcessNodes {
  /** The standalone worker's node id. */
  static final String WORKER = "worker-2";

  private TwoProcessNodes() {}

  /** The process runtime with a heartbeat every 500 ms, so a lost node shows within seconds. */
  static WorkerConfig processes() {
    return new WorkerConfig(
        WorkerConfig.Runtime.PROCESS, Optional.empty(), Map.of(), Duration.ofMillis(500));
  }

  /**
   * A standalone worker {@value #WORKER} joining {@code manager} with a worker token; not started.
   */
  static StandaloneWorker worker(StartReport manager, ClientTlsIdentity admin, Path workerDir) {
    return new StandaloneWorker(
        new WorkerNodeConfig(
            List.of(manager.api()),
            TlsClients.token(manager, admin, Role.WORKER),
            workerDir,
            NodeId.of(WORKER),
            processes(),
            Optional.empty(),
            Duration.ofSeconds(10)),
        new JdkCsrAdapter(),
        InstantSource.system());
  }

  /**
   * Creates {@code service}, four sleeping replicas, and waits until the hybrid manager {@code
   * manager-1} and the standalone worker run two each (placement spreads them evenly).
   */
  static void spreadFourSleepers(
      RealManager managers, StartReport manager, GrpcWarrenClient admin, String service) {
    managers.createSleepers(manager, service, 4);
    Await.until(
        () -> runningPerNode(admin, service).equals(Map.of("manager-1", 2L, WORKER, 2L)),
        Duration.ofSeconds(30));
  }

  /** Every container the managers know of, read linearizably. */
  static List<Task> containers(GrpcWarrenClient admin) {
    return admin.list(
        new ListContainersRequest(
            Optional.empty(), Optional.empty(), ReadConsistency.LINEARIZABLE));
  }

  /**
   * Replicas of {@code service} the managers want running and know to run, per node. A lost node's
   * replicas are wanted shut down from the moment it is marked down, whatever its last report said.
   */
  static Map<String, Long> runningPerNode(GrpcWarrenClient admin, String service) {
    return containers(admin).stream()
        .filter(task -> task.serviceName().equals(service))
        .filter(task -> task.desiredState() == DesiredState.RUNNING)
        .filter(task -> task.state() == TaskState.RUNNING)
        .collect(
            Collectors.groupingBy(
                task -> task.nodeId().map(NodeId::value).orElse("-"), Collectors.counting()));
  }
}
