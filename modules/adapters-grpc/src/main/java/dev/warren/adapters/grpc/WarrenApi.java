package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.LogRpcs;
import dev.warren.adapters.grpc.control.ManagerRpcs;
import dev.warren.adapters.grpc.control.RolloutRpcs;
import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.RolloutUseCases;
import dev.warren.domain.port.in.ShareClusterKeysUseCase;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamNodeLogsUseCase;
import java.util.List;
import java.util.Set;

/**
 * The warren.v1 API as a server serves it: the resource groups, whose RPCs the adapter declares
 * once each (see {@link RpcGroup} and {@code dev.warren.adapters.grpc.control}), and the use case
 * that authorizes every call by the rule its declaration carries. Beside it the same server serves
 * warren.logs.v1 (container logs, and this node's own containers' logs for other managers) and
 * warren.managers.v1 (what managers ask of each other) and warren.rollouts.v1 (how far a service's
 * rollout got, once or live). A server refuses to start unless the groups between them declare
 * every RPC of the proto exactly once.
 */
public record WarrenApi(
    Set<RpcGroup> groups,
    StreamContainerLogsUseCase logs,
    StreamNodeLogsUseCase nodeLogs,
    ShareClusterKeysUseCase clusterKeys,
    RolloutUseCases rollouts,
    AuthorizeCallUseCase authorizer) {
  public WarrenApi {
    groups = Set.copyOf(Checks.notNull("RPC groups", groups));
    Checks.notNull("stream container logs use case", logs);
    Checks.notNull("stream node logs use case", nodeLogs);
    Checks.notNull("share cluster keys use case", clusterKeys);
    Checks.notNull("rollout use cases", rollouts);
    Checks.notNull("authorize call use case", authorizer);
  }

  /** Every group's RPCs for one server; streams it must end register with {@code shutdown}. */
  List<ServerRpc<?, ?>> declare(StreamShutdown shutdown) {
    return groups.stream().flatMap(group -> group.declare(shutdown).stream()).toList();
  }

  /** The RPCs of warren.logs.v1's ContainerLogs service, for one server. */
  List<ServerRpc<?, ?>> declareContainerLogs(StreamShutdown shutdown) {
    return LogRpcs.containerLogs(logs, shutdown);
  }

  /** The RPCs of warren.managers.v1's Managers service: what managers ask of each other. */
  List<ServerRpc<?, ?>> declareManagers() {
    return ManagerRpcs.declare(clusterKeys);
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
