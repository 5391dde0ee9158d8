package dev.warren.domain.port.in;

/**
 * The use cases of nodes, one per RPC of the group; built in one place by the composition root and
 * driven by the API adapter.
 */
public record NodeUseCases(
    RegisterNodeUseCase register,
    RecordHeartbeatUseCase heartbeat,
    ListNodesUseCase list,
    GetNodeUseCase get,
    RemoveNodeUseCase remove) {}
