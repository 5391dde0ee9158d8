package dev.warren.domain.port.in;

/**
 * The use cases of volumes, one per RPC of the group; built in one place by the composition root
 * and driven by the API adapter.
 */
public record VolumeUseCases(
    CreateVolumeUseCase create,
    GetVolumeByNameUseCase getByName,
    ListVolumesUseCase list,
    DeleteVolumeUseCase delete) {}
