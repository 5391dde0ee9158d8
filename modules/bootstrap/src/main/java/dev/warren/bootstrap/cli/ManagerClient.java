package dev.warren.bootstrap.cli;

import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetContainerUseCase;
import dev.warren.domain.port.in.GetNodeUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.ListContainersUseCase;
import dev.warren.domain.port.in.ListNodesUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.RemoveNodeUseCase;
import dev.warren.domain.port.in.UpdateServiceUseCase;
import java.util.Objects;

/**
 * A connection to one manager, seen as the use cases it serves. Commands call these and close the
 * connection when done; every call throws the domain's exceptions.
 */
public record ManagerClient(
    CreateServiceUseCase createService,
    GetServiceUseCase getService,
    ListServicesUseCase listServices,
    UpdateServiceUseCase updateService,
    DeleteServiceUseCase deleteService,
    GetClusterInfoUseCase getClusterInfo,
    ListNodesUseCase listNodes,
    GetNodeUseCase getNode,
    RemoveNodeUseCase removeNode,
    ListContainersUseCase listContainers,
    GetContainerUseCase getContainer,
    Runnable disconnect)
    implements AutoCloseable {

  public ManagerClient {
    Objects.requireNonNull(createService, "createService");
    Objects.requireNonNull(getService, "getService");
    Objects.requireNonNull(listServices, "listServices");
    Objects.requireNonNull(updateService, "updateService");
    Objects.requireNonNull(deleteService, "deleteService");
    Objects.requireNonNull(getClusterInfo, "getClusterInfo");
    Objects.requireNonNull(listNodes, "listNodes");
    Objects.requireNonNull(getNode, "getNode");
    Objects.requireNonNull(removeNode, "removeNode");
    Objects.requireNonNull(listContainers, "listContainers");
    Objects.requireNonNull(getContainer, "getContainer");
    Objects.requireNonNull(disconnect, "disconnect");
  }

  @Override
  public void close() {
    disconnect.run();
  }
}
