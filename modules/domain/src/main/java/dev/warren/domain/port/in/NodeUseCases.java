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
    RemoveNodeUseCase remove,
    UpdateNodeUseCase update) {

  /** The use cases of a composition that does not offer node updates yet: they are refused. */
  public NodeUseCases(
      RegisterNodeUseCase register,
      RecordHeartbeatUseCase heartbeat,
      ListNodesUseCase list,
      GetNodeUseCase get,
      RemoveNodeUseCase remove) {
    this(
        register,
        heartbeat,
        list,
        get,
        remove,
        request -> {
          throw new dev.warren.domain.error.NotImplementedException(
              "node update is not available on this manager; upgrade it");
        });
  }
}
