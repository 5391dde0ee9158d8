package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.probe.JdkHealthProbeAdapter;
import dev.warren.adapters.probe.JdkHostPortsAdapter;
import dev.warren.adapters.runtime.containerd.ContainerdRuntimeAdapter;
import dev.warren.adapters.runtime.containerd.ContainerdSettings;
import dev.warren.adapters.runtime.process.LocalVolumeDriverAdapter;
import dev.warren.adapters.runtime.process.ProcessContainerRuntimeAdapter;
import dev.warren.adapters.runtime.process.ProcessRuntimeSettings;
import dev.warren.application.logs.StreamNodeLogsHandler;
import dev.warren.application.worker.ContainerLaunches;
import dev.warren.application.worker.HealthMonitor;
import dev.warren.application.worker.WorkerAgent;
import dev.warren.application.worker.WorkerLoop;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.WorkerAgentClient;
import dev.warren.domain.port.out.ContainerRuntimePort;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * The one composition of a worker, shared by a manager's embedded worker and the standalone {@code
 * warren worker start}: the runtime {@link WorkerConfig} names, the agent with its secret and
 * volume resolution, the health monitor and the loop that drives them. Only how the worker reaches
 * the managers differs: the use cases in-process, or a gRPC client.
 */
public final class WorkerAssembly {
  /** A safety pass of the worker this often, whatever its watch said. */
  private static final Duration WORKER_SWEEP = Duration.ofSeconds(30);

  /** How often the worker looks for health checks that are due. */
  private static final Duration HEALTH_TICK = Duration.ofSeconds(1);

  private WorkerAssembly() {}

  /**
   * Starts the worker of {@code node} (already registered): what its containers need is under
   * {@code workerDir}, the containers it left running before a restart are adopted.
   *
   * @return the running worker and a description of it, for the start report
   * @throws dev.warren.domain.error.DomainException if the runtime cannot be opened (no containerd
   *     at the socket)
   */
  public static NodeWork.RunningWorker start(
      WorkerConfig config,
      NodeId node,
      ClusterId cluster,
      WorkerAgentClient managers,
      Path workerDir,
      InstantSource clock) {
    ContainerRuntimePort runtime = openRuntime(config, workerDir);
    // Secrets are read as the node itself (role worker): only those of its own containers.
    Caller self = new Caller.Certified(new Identity(node.value(), cluster, Role.WORKER));
    var agent =
        new WorkerAgent(
            node,
            runtime,
            managers,
            managers,
            ContainerLaunches.resolving(
                self,
                managers,
                managers,
                new LocalVolumeDriverAdapter(workerDir.resolve("volumes")),
                managers,
                new JdkHostPortsAdapter()));
    var health = new HealthMonitor(new JdkHealthProbeAdapter(runtime), managers, clock);
    var loop =
        new WorkerLoop(
            agent,
            managers,
            managers,
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
    return new NodeWork.RunningWorker(
        stop,
        config.runtime().label() + " runtime, containers under " + workerDir,
        new StreamNodeLogsHandler(runtime));
  }

  private static ContainerRuntimePort openRuntime(WorkerConfig config, Path workerDir) {
    return switch (config.runtime()) {
      case PROCESS ->
          ProcessContainerRuntimeAdapter.open(
              ProcessRuntimeSettings.under(workerDir.resolve("containers")));
      case CONTAINERD ->
          ContainerdRuntimeAdapter.open(
              ContainerdSettings.of(config.containerdSocketOrDefault(), workerDir));
    };
  }
}
