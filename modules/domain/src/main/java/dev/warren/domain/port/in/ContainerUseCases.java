package dev.warren.domain.port.in;

/**
 * The use cases of containers, one per RPC of the group; built in one place by the composition root
 * and driven by the API adapter.
 */
public record ContainerUseCases(
    UpdateContainerStatusUseCase updateStatus,
    ListContainersUseCase list,
    GetContainerUseCase get,
    WatchContainersUseCase watch,
    ReportContainerHealthUseCase reportHealth) {}
