package dev.warren.bootstrap.di;

import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.grpc.ApiUseCases;
import dev.warren.adapters.grpc.NodeContainerUseCases;
import dev.warren.domain.port.in.RequestCertificateUseCase;
import dev.warren.domain.port.in.JoinClusterUseCase;
import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetContainerUseCase;
import dev.warren.domain.port.in.GetNodeUseCase;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.ListContainersUseCase;
import dev.warren.domain.port.in.ListNodesUseCase;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.in.RecordHeartbeatUseCase;
import dev.warren.domain.port.in.RegisterNodeUseCase;
import dev.warren.domain.port.in.RemoveNodeUseCase;
import dev.warren.domain.port.in.ReportContainerHealthUseCase;
import dev.warren.domain.port.in.RollbackServiceUseCase;
import dev.warren.domain.port.in.StreamEventsUseCase;
import dev.warren.domain.port.in.UpdateContainerStatusUseCase;
import dev.warren.domain.port.in.UpdateServiceImageUseCase;
import dev.warren.domain.port.in.UpdateServiceUseCase;
import dev.warren.domain.port.in.CreateIngressUseCase;
import dev.warren.domain.port.in.UpdateIngressUseCase;
import dev.warren.domain.port.in.DeleteIngressUseCase;
import dev.warren.domain.port.in.GetIngressUseCase;
import dev.warren.domain.port.in.ListIngressesUseCase;
import dev.warren.domain.port.in.CreateTlsCertificateUseCase;
import dev.warren.domain.port.in.ReadTlsCertificateUseCase;
import dev.warren.domain.port.in.ListTlsCertificatesUseCase;
import dev.warren.domain.port.in.DeleteTlsCertificateUseCase;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;
import dev.warren.domain.port.in.WatchContainersUseCase;
import jakarta.inject.Singleton;

/**
 * The use cases behind the {@code warren.v1} API. The listeners themselves (mutual TLS on TCP, the
 * read-only unix socket) are built by {@link dev.warren.bootstrap.lifecycle.ControlPlaneServer} at
 * start, once the cluster's CA and the node's certificate exist.
 */
@Module
public interface GrpcModule {

  @Provides
  @Singleton
  static ApiUseCases apiUseCases(
      CreateServiceUseCase createService,
      GetServiceUseCase getService,
      ListServicesUseCase listServices,
      UpdateServiceUseCase updateService,
      DeleteServiceUseCase deleteService,
      GetClusterInfoUseCase getClusterInfo,
      UpdateServiceImageUseCase updateServiceImage,
      RollbackServiceUseCase rollbackService,
      CreateSecretUseCase createSecret,
      ReadSecretUseCase getSecretByName,
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
      ReadTlsCertificateUseCase getTlsCertificate,
      ListTlsCertificatesUseCase listTlsCertificates,
      DeleteTlsCertificateUseCase deleteTlsCertificate,
      GenerateJoinTokenUseCase generateJoinToken,
      NodeContainerUseCases nodeContainers,
      RequestCertificateUseCase requestCertificate,
      AuthorizeCallUseCase authorizeCall,
      JoinClusterUseCase joinCluster) {
    return new ApiUseCases(
        createService,
        getService,
        listServices,
        updateService,
        deleteService,
        getClusterInfo,
        updateServiceImage,
        rollbackService,
        createSecret,
        getSecretByName,
        listSecrets,
        deleteSecret,
        createVolume,
        getVolumeByName,
        listVolumes,
        deleteVolume,
        streamEvents,
        createIngress,
        updateIngress,
        deleteIngress,
        getIngress,
        listIngresses,
        createTlsCertificate,
        getTlsCertificate,
        listTlsCertificates,
        deleteTlsCertificate,
        generateJoinToken,
        nodeContainers,
        requestCertificate,
        authorizeCall,
        joinCluster);
  }

  @Provides
  static NodeContainerUseCases nodeContainerUseCases(
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
    return new NodeContainerUseCases(
        registerNode,
        recordHeartbeat,
        listNodes,
        getNode,
        removeNode,
        updateContainerStatus,
        listContainers,
        getContainer,
        reportContainerHealth,
        watchContainers);
  }
}
