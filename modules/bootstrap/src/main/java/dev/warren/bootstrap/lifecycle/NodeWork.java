package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.probe.JdkHealthProbeAdapter;
import dev.warren.adapters.probe.JdkHostPortsAdapter;
import dev.warren.adapters.runtime.process.HostResources;
import dev.warren.adapters.runtime.process.LocalVolumeDriverAdapter;
import dev.warren.adapters.runtime.process.ProcessContainerRuntimeAdapter;
import dev.warren.adapters.runtime.process.ProcessRuntimeSettings;
import dev.warren.application.orchestration.ReconcilerLoop;
import dev.warren.application.orchestration.ServiceReconciler;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.application.worker.ContainerLaunches;
import dev.warren.application.worker.HealthMonitor;
import dev.warren.application.worker.WorkerAgent;
import dev.warren.application.worker.WorkerLoop;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.VolumeUseCases;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ContainerRuntimePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * The work a manager node does besides serving the API: the leader's control loops, and the
 * embedded worker of a hybrid node. The worker calls the use cases in-process, as the node itself
 * (role worker), so it may read only the secrets of the containers assigned to it — the same rule a
 * standalone worker meets over the network.
 */
public final class NodeWork {
  /** A safety pass of the worker this often, whatever its watch said. */
  private static final Duration WORKER_SWEEP = Duration.ofSeconds(30);

  /** How often the worker looks for health checks that are due. */
  private static final Duration HEALTH_TICK = Duration.ofSeconds(1);

  private final ClusterStatePort state;
  private final ReplicatedLogPort log;
  private final ApplyCommittedChangeHandler apply;
  private final InstantSource clock;
  private final ContainerUseCases containers;
  private final NodeUseCases nodes;
  private final SecretUseCases secrets;
  private final VolumeUseCases volumes;
  private final ServiceUseCases services;

  @Inject
  NodeWork(
      ClusterStatePort state,
      ReplicatedLogPort log,
      ApplyCommittedChangeHandler apply,
      InstantSource clock,
      ContainerUseCases containers,
      NodeUseCases nodes,
      SecretUseCases secrets,
      VolumeUseCases volumes,
      ServiceUseCases services) {
    this.state = state;
    this.log = log;
    this.apply = apply;
    this.clock = clock;
    this.containers = containers;
    this.nodes = nodes;
    this.secrets = secrets;
    this.volumes = volumes;
    this.services = services;
  }

  /**
   * Starts the reconciler: it hears every committed change and sweeps on a timer. With one manager
   * this manager always leads, so the loops always run.
   *
   * @return what stops it again
   */
  public AutoCloseable startLeaderLoops() {
    var loop =
        new ReconcilerLoop(
            new ServiceReconciler(state, log, clock), clock, ReconcilerLoop.DEFAULT_SWEEP);
    AutoCloseable listening = apply.onApplied(loop::onApplied);
    loop.start();
    return () -> {
      listening.close();
      loop.close();
    };
  }

  /**
   * Registers this node as a hybrid node with its resources and labels, then starts its worker:
   * what the node's containers need is under {@code workerDir}, the containers it left running
   * before a restart are adopted.
   *
   * @return the running worker and a description of it, for the start report
   * @throws FailedPreconditionException if the runtime cannot be opened
   */
  public RunningWorker startWorker(
      WorkerConfig config, NodeId node, ClusterId cluster, String apiAddress, Path workerDir) {
    ContainerRuntimePort runtime = openRuntime(config, workerDir);
    nodes
        .register()
        .register(
            new RegisterNodeRequest(
                node,
                NodeRole.HYBRID,
                apiAddress,
                HostResources.detect(workerDir),
                config.nodeLabels()));
    Caller self = new Caller.Certified(new Identity(node.value(), cluster, Role.WORKER));
    var agent =
        new WorkerAgent(
            node,
            runtime,
            containers.list(),
            containers.updateStatus(),
            ContainerLaunches.resolving(
                self,
                secrets.read(),
                volumes.getByName(),
                new LocalVolumeDriverAdapter(workerDir.resolve("volumes")),
                services.get(),
                new JdkHostPortsAdapter()));
    var health =
        new HealthMonitor(new JdkHealthProbeAdapter(runtime), containers.reportHealth(), clock);
    var loop =
        new WorkerLoop(
            agent,
            containers.watch(),
            nodes.heartbeat(),
            health,
            new WorkerLoop.Timing(config.heartbeat(), WORKER_SWEEP, HEALTH_TICK));
    loop.start();
    // Containers keep running when the worker stops: they belong to the cluster, and the next
    // start adopts them.
    AutoCloseable stop =
        () -> {
          loop.close();
          if (runtime instanceof AutoCloseable closeable) {
            closeable.close();
          }
        };
    return new RunningWorker(
        stop, config.runtime().label() + " runtime, containers under " + workerDir);
  }

  /** A started worker: what stops it, and what the start report says of it. */
  public record RunningWorker(AutoCloseable stop, String description) {}

  private static ContainerRuntimePort openRuntime(WorkerConfig config, Path workerDir) {
    return switch (config.runtime()) {
      case PROCESS ->
          ProcessContainerRuntimeAdapter.open(
              ProcessRuntimeSettings.under(workerDir.resolve("containers")));
      case CONTAINERD ->
          throw new FailedPreconditionException(
              "the containerd runtime is not available in this build yet; start the node with"
                  + " --runtime process");
    };
  }
}
