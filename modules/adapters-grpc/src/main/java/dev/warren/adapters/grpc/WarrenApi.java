package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.ClusterRpcs;
import dev.warren.adapters.grpc.control.ContainerRpcs;
import dev.warren.adapters.grpc.control.EventRpcs;
import dev.warren.adapters.grpc.control.IngressRpcs;
import dev.warren.adapters.grpc.control.LogRpcs;
import dev.warren.adapters.grpc.control.NodeRpcs;
import dev.warren.adapters.grpc.control.RolloutRpcs;
import dev.warren.adapters.grpc.control.SecretRpcs;
import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.control.ServiceRpcs;
import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.adapters.grpc.control.TlsCertificateRpcs;
import dev.warren.adapters.grpc.control.VolumeRpcs;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.ClusterUseCases;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.IngressUseCases;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.RolloutUseCases;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import dev.warren.domain.port.in.VolumeUseCases;
import java.util.List;
import java.util.stream.Stream;

/**
 * The warren.v1 API as a server serves it: the use cases of each resource group, whose RPCs the
 * adapter declares once each (see {@code dev.warren.adapters.grpc.control}), and the use case that
 * authorizes every call by the rule its declaration carries. Beside it the same server serves
 * warren.logs.v1 (container logs, and this node's own containers' logs for other managers) and
 * warren.rollouts.v1 (how far a service's rollout got, once or live). A server refuses to start
 * unless the groups between them declare every RPC of the proto exactly once.
 */
public record WarrenApi(
    ServiceUseCases services,
    ContainerUseCases containers,
    NodeUseCases nodes,
    SecretUseCases secrets,
    VolumeUseCases volumes,
    IngressUseCases ingresses,
    TlsCertificateUseCases certificates,
    ClusterUseCases cluster,
    StreamEventsUseCase events,
    StreamContainerLogsUseCase logs,
    StreamNodeLogsUseCase nodeLogs,
    RolloutUseCases rollouts,
    AuthorizeCallUseCase authorizer) {
  public WarrenApi {
    Stream.of(services, containers, nodes, secrets, volumes, ingresses, certificates, cluster)
        .forEach(group -> Checks.notNull("use cases of every RPC group", group));
    Checks.notNull("stream events use case", events);
    Checks.notNull("stream container logs use case", logs);
    Checks.notNull("stream node logs use case", nodeLogs);
    Checks.notNull("rollout use cases", rollouts);
    Checks.notNull("authorize call use case", authorizer);
  }

  /** Every group's RPCs for one server; streams it must end register with {@code shutdown}. */
  List<ServerRpc<?, ?>> declare(StreamShutdown shutdown) {
    return Stream.of(
            new ServiceRpcs(services).declare(),
            new ContainerRpcs(containers).declare(),
            new NodeRpcs(nodes).declare(),
            new SecretRpcs(secrets).declare(),
            new VolumeRpcs(volumes).declare(),
            new IngressRpcs(ingresses).declare(),
            new TlsCertificateRpcs(certificates).declare(),
            new ClusterRpcs(cluster).declare(),
            new EventRpcs(events).declare(shutdown))
        .flatMap(List::stream)
        .toList();
  }

  /** The RPCs of warren.logs.v1's ContainerLogs service, for one server. */
  List<ServerRpc<?, ?>> declareContainerLogs(StreamShutdown shutdown) {
    return LogRpcs.containerLogs(logs, shutdown);
  }

  /** The RPCs of warren.logs.v1's NodeLogs service: this node's own containers, for managers. */
  List<ServerRpc<?, ?>> declareNodeLogs(StreamShutdown shutdown) {
    return LogRpcs.nodeLogs(nodeLogs, shutdown);
  }

  /** The RPCs of warren.rollouts.v1's Rollouts service, for one server. */
  List<ServerRpc<?, ?>> declareRollouts(StreamShutdown shutdown) {
    return RolloutRpcs.declare(rollouts, shutdown);
  }
}
