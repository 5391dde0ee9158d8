package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetSecretByNameUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.in.RollbackServiceUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.UpdateServiceImageUseCase;
import dev.warren.domain.port.in.UpdateServiceUseCase;

/** The use cases the warren.v1 server drives; grows as more RPCs are implemented. */
public record ApiUseCases(
    CreateServiceUseCase createService,
    GetServiceUseCase getService,
    ListServicesUseCase listServices,
    UpdateServiceUseCase updateService,
    DeleteServiceUseCase deleteService,
    GetClusterInfoUseCase getClusterInfo,
    UpdateServiceImageUseCase updateServiceImage,
    RollbackServiceUseCase rollbackService,
    CreateSecretUseCase createSecret,
    GetSecretByNameUseCase getSecretByName,
    ListSecretsUseCase listSecrets,
    DeleteSecretUseCase deleteSecret,
    CreateVolumeUseCase createVolume,
    GetVolumeByNameUseCase getVolumeByName,
    ListVolumesUseCase listVolumes,
    DeleteVolumeUseCase deleteVolume,
    StreamEventsUseCase streamEvents,
    NodeContainerUseCases nodeContainers) {
  public ApiUseCases {
    Checks.notNull("create service use case", createService);
    Checks.notNull("get service use case", getService);
    Checks.notNull("list services use case", listServices);
    Checks.notNull("update service use case", updateService);
    Checks.notNull("delete service use case", deleteService);
    Checks.notNull("get cluster info use case", getClusterInfo);
    Checks.notNull("update service image use case", updateServiceImage);
    Checks.notNull("rollback service use case", rollbackService);
    Checks.notNull("create secret use case", createSecret);
    Checks.notNull("get secret by name use case", getSecretByName);
    Checks.notNull("list secrets use case", listSecrets);
    Checks.notNull("delete secret use case", deleteSecret);
    Checks.notNull("create volume use case", createVolume);
    Checks.notNull("get volume by name use case", getVolumeByName);
    Checks.notNull("list volumes use case", listVolumes);
    Checks.notNull("delete volume use case", deleteVolume);
    Checks.notNull("stream events use case", streamEvents);
    Checks.notNull("node and container use cases", nodeContainers);
  }
}
