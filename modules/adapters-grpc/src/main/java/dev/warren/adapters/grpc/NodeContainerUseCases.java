package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.GetContainerUseCase;
import dev.warren.domain.port.in.GetNodeUseCase;
import dev.warren.domain.port.in.ListContainersUseCase;
import dev.warren.domain.port.in.ListNodesUseCase;
import dev.warren.domain.port.in.RecordHeartbeatUseCase;
import dev.warren.domain.port.in.RegisterNodeUseCase;
import dev.warren.domain.port.in.RemoveNodeUseCase;
import dev.warren.domain.port.in.ReportContainerHealthUseCase;
import dev.warren.domain.port.in.UpdateContainerStatusUseCase;
import dev.warren.domain.port.in.WatchContainersUseCase;

/** The use cases behind the node and container RPCs of warren.v1. */
public record NodeContainerUseCases(
    RegisterNodeUseCase registerNode,
    RecordHeartbeatUseCase recordHeartbeat,
    ListNodesUseCase listNodes,
    GetNodeUseCase getNode,
    RemoveNodeUseCase removeNode,
    UpdateContainerStatusUseCase updateContainerStatus,
    ListContainersUseCase listContainers,
    GetContainerUseCase getContainer,
    ReportContainerHealthUseCase reportContainerHealth,
    WatchContainersUseCase watchContainers) {
  public NodeContainerUseCases {
    Checks.notNull("register node use case", registerNode);
    Checks.notNull("record heartbeat use case", recordHeartbeat);
    Checks.notNull("list nodes use case", listNodes);
    Checks.notNull("get node use case", getNode);
    Checks.notNull("remove node use case", removeNode);
    Checks.notNull("update container status use case", updateContainerStatus);
    Checks.notNull("list containers use case", listContainers);
    Checks.notNull("get container use case", getContainer);
    Checks.notNull("report container health use case", reportContainerHealth);
    Checks.notNull("watch containers use case", watchContainers);
  }
}
