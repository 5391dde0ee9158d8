package dev.warren.adapters.grpc;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.ListVolumesUseCase;
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
import dev.warren.domain.port.in.ReadTlsCertificateUseCase;
import dev.warren.domain.port.in.ListTlsCertificatesUseCase;
import dev.warren.domain.port.in.DeleteTlsCertificateUseCase;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;
import dev.warren.domain.port.in.RequestCertificateUseCase;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.JoinClusterUseCase;

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
    Checks.notNull("create ingress use case", createIngress);
    Checks.notNull("update ingress use case", updateIngress);
    Checks.notNull("delete ingress use case", deleteIngress);
    Checks.notNull("get ingress use case", getIngress);
    Checks.notNull("list ingresses use case", listIngresses);
    Checks.notNull("create TLS certificate use case", createTlsCertificate);
    Checks.notNull("get TLS certificate use case", getTlsCertificate);
    Checks.notNull("list TLS certificates use case", listTlsCertificates);
    Checks.notNull("delete TLS certificate use case", deleteTlsCertificate);
    Checks.notNull("generate join token use case", generateJoinToken);
    Checks.notNull("node and container use cases", nodeContainers);
    Checks.notNull("request certificate use case", requestCertificate);
    Checks.notNull("authorize call use case", authorizeCall);
    Checks.notNull("join cluster use case", joinCluster);
  }
}
