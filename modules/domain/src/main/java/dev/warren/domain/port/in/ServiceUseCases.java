package dev.warren.domain.port.in;

/**
 * The use cases of services and their rollouts, one per RPC of the group; built in one place by the
 * composition root and driven by the API adapter.
 */
public record ServiceUseCases(
    CreateServiceUseCase create,
    GetServiceUseCase get,
    ListServicesUseCase list,
    UpdateServiceUseCase update,
    DeleteServiceUseCase delete,
    UpdateServiceImageUseCase updateImage,
    RollbackServiceUseCase rollback) {}
