package dev.warren.bootstrap.lifecycle;

import dev.warren.adapters.runtime.process.HostResources;
import dev.warren.application.node.HeartbeatTracker;
import dev.warren.application.node.NodeLivenessLoop;
import dev.warren.application.orchestration.Deployer;
import dev.warren.application.orchestration.ReconcilerLoop;
import dev.warren.application.orchestration.ServiceReconciler;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.cli.config.WorkerConfig;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import dev.warren.domain.port.in.VolumeUseCases;
import dev.warren.domain.port.out.ClusterStatePort;
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
  private final ClusterStatePort state;
  private final ReplicatedLogPort log;
  private final ApplyCommittedChangeHandler apply;
  private final InstantSource clock;
  private final ContainerUseCases containers;
  private final NodeUseCases nodes;
  private final SecretUseCases secrets;
  private final VolumeUseCases volumes;
  private final ServiceUseCases services;
  private final HeartbeatTracker heartbeats;

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
      ServiceUseCases services,
      HeartbeatTracker heartbeats) {
    this.state = state;
    this.log = log;
    this.apply = apply;
    this.clock = clock;
    this.containers = containers;
    this.nodes = nodes;
    this.secrets = secrets;
    this.volumes = volumes;
    this.services = services;
    this.heartbeats = heartbeats;
  }

  /**
   * Starts the leader's loops: the reconciler and the deployer of rollouts, which hear every
   * committed change and sweep on a timer, and the liveness check that marks a node down after
   * {@code nodeDownTimeout} without a heartbeat. Their decisions carry the leader's term, so a
   * deposed leader's are refused; with one manager this manager always leads.
   *
   * @return what stops them again
   */
  public AutoCloseable startLeaderLoops(Duration nodeDownTimeout) {
    var loop =
        new ReconcilerLoop(
            new ServiceReconciler(state, log, clock),
            new Deployer(state, log, clock),
            clock,
            ReconcilerLoop.DEFAULT_SWEEP);
    AutoCloseable listening = apply.onApplied(loop::onApplied);
    loop.start();
    var liveness = new NodeLivenessLoop(state, log, heartbeats, clock, nodeDownTimeout);
    liveness.start();
    return () -> {
      liveness.close();
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
   * @throws dev.warren.domain.error.FailedPreconditionException if the runtime cannot be opened (no
   *     containerd at the socket)
   */
  public RunningWorker startWorker(
      WorkerConfig config, NodeId node, ClusterId cluster, String apiAddress, Path workerDir) {
    var managers = new InProcessWorkerClient(containers, nodes, secrets, volumes, services);
    managers.register(
        new RegisterNodeRequest(
            node,
            NodeRole.HYBRID,
            apiAddress,
            HostResources.detect(workerDir),
            config.nodeLabels()));
    return WorkerAssembly.start(config, node, cluster, managers, workerDir, clock);
  }

  /**
   * A started worker: what stops it, what the start report says of it, and how its containers' logs
   * are read.
   */
  public record RunningWorker(AutoCloseable stop, String description, StreamNodeLogsUseCase logs) {}
}
