package dev.warren.bootstrap.cli;

import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetContainerUseCase;
import dev.warren.domain.port.in.GetNodeUseCase;
import dev.warren.domain.port.in.GetSecretByNameUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.ListContainersUseCase;
import dev.warren.domain.port.in.ListNodesUseCase;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.in.RemoveNodeUseCase;
import dev.warren.domain.port.in.RollbackServiceUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.UpdateServiceImageUseCase;
import dev.warren.domain.port.in.UpdateServiceUseCase;
import dev.warren.domain.port.in.CreateIngressUseCase;
import dev.warren.domain.port.in.UpdateIngressUseCase;
import dev.warren.domain.port.in.DeleteIngressUseCase;
import dev.warren.domain.port.in.GetIngressUseCase;
import dev.warren.domain.port.in.ListIngressesUseCase;
import dev.warren.domain.port.in.CreateTlsCertificateUseCase;
import dev.warren.domain.port.in.GetTlsCertificateUseCase;
import dev.warren.domain.port.in.ListTlsCertificatesUseCase;
import dev.warren.domain.port.in.DeleteTlsCertificateUseCase;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;
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
    CreateIngressUseCase createIngress,
    UpdateIngressUseCase updateIngress,
    DeleteIngressUseCase deleteIngress,
    GetIngressUseCase getIngress,
    ListIngressesUseCase listIngresses,
    CreateTlsCertificateUseCase createTlsCertificate,
    GetTlsCertificateUseCase getTlsCertificate,
    ListTlsCertificatesUseCase listTlsCertificates,
    DeleteTlsCertificateUseCase deleteTlsCertificate,
    GenerateJoinTokenUseCase generateJoinToken,
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
    Objects.requireNonNull(updateServiceImage, "updateServiceImage");
    Objects.requireNonNull(rollbackService, "rollbackService");
    Objects.requireNonNull(createSecret, "createSecret");
    Objects.requireNonNull(getSecretByName, "getSecretByName");
    Objects.requireNonNull(listSecrets, "listSecrets");
    Objects.requireNonNull(deleteSecret, "deleteSecret");
    Objects.requireNonNull(createVolume, "createVolume");
    Objects.requireNonNull(getVolumeByName, "getVolumeByName");
    Objects.requireNonNull(listVolumes, "listVolumes");
    Objects.requireNonNull(deleteVolume, "deleteVolume");
    Objects.requireNonNull(streamEvents, "streamEvents");
    Objects.requireNonNull(createIngress, "createIngress");
    Objects.requireNonNull(updateIngress, "updateIngress");
    Objects.requireNonNull(deleteIngress, "deleteIngress");
    Objects.requireNonNull(getIngress, "getIngress");
    Objects.requireNonNull(listIngresses, "listIngresses");
    Objects.requireNonNull(createTlsCertificate, "createTlsCertificate");
    Objects.requireNonNull(getTlsCertificate, "getTlsCertificate");
    Objects.requireNonNull(listTlsCertificates, "listTlsCertificates");
    Objects.requireNonNull(deleteTlsCertificate, "deleteTlsCertificate");
    Objects.requireNonNull(generateJoinToken, "generateJoinToken");
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
