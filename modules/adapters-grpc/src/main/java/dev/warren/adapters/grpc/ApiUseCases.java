package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.UpdateServiceUseCase;

/** The use cases the warren.v1 server drives; grows as more RPCs are implemented. */
public record ApiUseCases(
    CreateServiceUseCase createService,
    GetServiceUseCase getService,
    ListServicesUseCase listServices,
    UpdateServiceUseCase updateService,
    DeleteServiceUseCase deleteService,
    GetClusterInfoUseCase getClusterInfo,
    NodeContainerUseCases nodeContainers) {
  public ApiUseCases {
    Checks.notNull("create service use case", createService);
    Checks.notNull("get service use case", getService);
    Checks.notNull("list services use case", listServices);
    Checks.notNull("update service use case", updateService);
    Checks.notNull("delete service use case", deleteService);
    Checks.notNull("get cluster info use case", getClusterInfo);
    Checks.notNull("node and container use cases", nodeContainers);
  }
}
