package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.NodeContainerUseCases;
import dev.warren.adapters.grpc.mapping.ClusterInfoProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceRequestProtoMapper;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.CreateSecretRequest;
import dev.warren.adapters.grpc.proto.CreateSecretResponse;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.CreateServiceResponse;
import dev.warren.adapters.grpc.proto.CreateVolumeRequest;
import dev.warren.adapters.grpc.proto.CreateVolumeResponse;
import dev.warren.adapters.grpc.proto.DeleteSecretRequest;
import dev.warren.adapters.grpc.proto.DeleteSecretResponse;
import dev.warren.adapters.grpc.proto.DeleteServiceRequest;
import dev.warren.adapters.grpc.proto.DeleteServiceResponse;
import dev.warren.adapters.grpc.proto.DeleteVolumeRequest;
import dev.warren.adapters.grpc.proto.DeleteVolumeResponse;
import dev.warren.adapters.grpc.proto.Event;
import dev.warren.adapters.grpc.proto.GetClusterInfoRequest;
import dev.warren.adapters.grpc.proto.GetClusterInfoResponse;
import dev.warren.adapters.grpc.proto.GetContainerRequest;
import dev.warren.adapters.grpc.proto.GetContainerResponse;
import dev.warren.adapters.grpc.proto.GetNodeRequest;
import dev.warren.adapters.grpc.proto.GetNodeResponse;
import dev.warren.adapters.grpc.proto.GetSecretByNameRequest;
import dev.warren.adapters.grpc.proto.GetSecretByNameResponse;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.GetServiceResponse;
import dev.warren.adapters.grpc.proto.GetVolumeByNameRequest;
import dev.warren.adapters.grpc.proto.GetVolumeByNameResponse;
import dev.warren.adapters.grpc.proto.HeartbeatRequest;
import dev.warren.adapters.grpc.proto.HeartbeatResponse;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.ListContainersResponse;
import dev.warren.adapters.grpc.proto.ListNodesRequest;
import dev.warren.adapters.grpc.proto.ListNodesResponse;
import dev.warren.adapters.grpc.proto.ListSecretsRequest;
import dev.warren.adapters.grpc.proto.ListSecretsResponse;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.ListServicesResponse;
import dev.warren.adapters.grpc.proto.ListVolumesRequest;
import dev.warren.adapters.grpc.proto.ListVolumesResponse;
import dev.warren.adapters.grpc.proto.RegisterNodeRequest;
import dev.warren.adapters.grpc.proto.RegisterNodeResponse;
import dev.warren.adapters.grpc.proto.RemoveNodeRequest;
import dev.warren.adapters.grpc.proto.RemoveNodeResponse;
import dev.warren.adapters.grpc.proto.ReportContainerHealthRequest;
import dev.warren.adapters.grpc.proto.ReportContainerHealthResponse;
import dev.warren.adapters.grpc.proto.RollbackServiceRequest;
import dev.warren.adapters.grpc.proto.RollbackServiceResponse;
import dev.warren.adapters.grpc.proto.StreamEventsRequest;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusRequest;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusResponse;
import dev.warren.adapters.grpc.proto.UpdateServiceImageRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceImageResponse;
import dev.warren.adapters.grpc.proto.UpdateServiceRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceResponse;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.proto.CreateIngressRequest;
import dev.warren.adapters.grpc.proto.CreateIngressResponse;
import dev.warren.adapters.grpc.proto.UpdateIngressRequest;
import dev.warren.adapters.grpc.proto.UpdateIngressResponse;
import dev.warren.adapters.grpc.proto.DeleteIngressRequest;
import dev.warren.adapters.grpc.proto.DeleteIngressResponse;
import dev.warren.adapters.grpc.proto.GetIngressRequest;
import dev.warren.adapters.grpc.proto.GetIngressResponse;
import dev.warren.adapters.grpc.proto.ListIngressesRequest;
import dev.warren.adapters.grpc.proto.ListIngressesResponse;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.GetTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.GetTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.ListTLSCertificatesRequest;
import dev.warren.adapters.grpc.proto.ListTLSCertificatesResponse;
import dev.warren.adapters.grpc.proto.DeleteTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.DeleteTLSCertificateResponse;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenResponse;
import dev.warren.adapters.grpc.proto.JoinClusterRequest;
import dev.warren.adapters.grpc.proto.JoinClusterResponse;
import dev.warren.adapters.grpc.proto.RequestCertificateRequest;
import dev.warren.adapters.grpc.proto.RequestCertificateResponse;
import dev.warren.adapters.grpc.proto.WatchContainersRequest;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
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
import dev.warren.domain.port.in.JoinClusterUseCase;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RollbackServiceUseCase;
import dev.warren.domain.port.in.UpdateServiceImageUseCase;
import dev.warren.domain.port.in.UpdateServiceUseCase;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/**
 * The warren.v1 RPCs, each a blocking call to one use case. Requests are mapped
 * to domain values (bad input is INVALID_ARGUMENT naming the field), failures to statuses by {@link
 * StatusMapper}. Reads are linearizable: warren.v1 has no way to ask for less.
 *
 * <p>It serves all 39 RPCs of the contract (a test checks). Blocking is intended: the server
 * runs each call on its own virtual thread.
 */
public final class WarrenApiGrpcEndpoint extends WarrenAPIGrpc.WarrenAPIImplBase {
  /** Warren v1.6 answers a delete with this status string; clients may compare it. */
  static final String DELETED_STATUS = "ok";

  private final CreateServiceUseCase createService;
  private final GetServiceUseCase getService;
  private final ListServicesUseCase listServices;
  private final UpdateServiceUseCase updateService;
  private final DeleteServiceUseCase deleteService;
  private final GetClusterInfoUseCase getClusterInfo;
  private final RolloutCalls rollouts;
  private final SecretCalls secrets;
  private final VolumeCalls volumes;
  private final EventStreams eventStreams;
  private final IngressRpcs ingressRpcs;
  private final TlsCertificateRpcs tlsCertificateRpcs;
  private final JoinTokenRpcs joinTokenRpcs;
  private final NodeContainerRpcs nodeContainerRpcs;
  private final CertificateRpcs certificateRpcs;

  public WarrenApiGrpcEndpoint(
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
      EventStreams eventStreams,
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
      NodeContainerUseCases nodeContainerUseCases,
      RequestCertificateUseCase requestCertificate,
      JoinClusterUseCase joinCluster) {
    this.createService = createService;
    this.getService = getService;
    this.listServices = listServices;
    this.updateService = updateService;
    this.deleteService = deleteService;
    this.getClusterInfo = getClusterInfo;
    this.rollouts = new RolloutCalls(updateServiceImage, rollbackService);
    this.secrets = new SecretCalls(createSecret, getSecretByName, listSecrets, deleteSecret);
    this.volumes = new VolumeCalls(createVolume, getVolumeByName, listVolumes, deleteVolume);
    this.eventStreams = eventStreams;
    this.ingressRpcs =
        new IngressRpcs(createIngress, updateIngress, deleteIngress, getIngress, listIngresses);
    this.tlsCertificateRpcs =
        new TlsCertificateRpcs(
            createTlsCertificate, getTlsCertificate, listTlsCertificates, deleteTlsCertificate);
    this.joinTokenRpcs = new JoinTokenRpcs(generateJoinToken, joinCluster);
    this.nodeContainerRpcs = new NodeContainerRpcs(nodeContainerUseCases);
    this.certificateRpcs = new CertificateRpcs(requestCertificate);
  }

  @Override
  public void createService(
      CreateServiceRequest request, StreamObserver<CreateServiceResponse> response) {
    respond(
        response,
        () -> {
          var created =
              createService.create(
                  new dev.warren.domain.port.in.CreateServiceRequest(
                      ServiceProtoMapper.toSpec(request)));
          return CreateServiceResponse.newBuilder()
              .setService(ServiceProtoMapper.toProto(created))
              .build();
        });
  }

  @Override
  public void getService(GetServiceRequest request, StreamObserver<GetServiceResponse> response) {
    respond(
        response,
        () -> {
          var service =
              getService.get(
                  new dev.warren.domain.port.in.GetServiceRequest(
                      ServiceRequestProtoMapper.toRef(request), ReadConsistency.LINEARIZABLE));
          return GetServiceResponse.newBuilder()
              .setService(ServiceProtoMapper.toProto(service))
              .build();
        });
  }

  @Override
  public void listServices(
      ListServicesRequest request, StreamObserver<ListServicesResponse> response) {
    respond(
        response,
        () -> {
          var services =
              listServices.list(
                  new dev.warren.domain.port.in.ListServicesRequest(ReadConsistency.LINEARIZABLE));
          return ListServicesResponse.newBuilder()
              .addAllServices(services.stream().map(ServiceProtoMapper::toProto).toList())
              .build();
        });
  }

  @Override
  public void updateService(
      UpdateServiceRequest request, StreamObserver<UpdateServiceResponse> response) {
    respond(
        response,
        () -> {
          var updated = updateService.update(ServiceRequestProtoMapper.toDomain(request));
          return UpdateServiceResponse.newBuilder()
              .setService(ServiceProtoMapper.toProto(updated))
              .build();
        });
  }

  @Override
  public void deleteService(
      DeleteServiceRequest request, StreamObserver<DeleteServiceResponse> response) {
    respond(
        response,
        () -> {
          deleteService.delete(
              new dev.warren.domain.port.in.DeleteServiceRequest(
                  ServiceRequestProtoMapper.serviceId(request.getId())));
          return DeleteServiceResponse.newBuilder().setStatus(DELETED_STATUS).build();
        });
  }

  @Override
  public void getClusterInfo(
      GetClusterInfoRequest request, StreamObserver<GetClusterInfoResponse> response) {
    respond(response, () -> ClusterInfoProtoMapper.toProto(getClusterInfo.get()));
  }

  @Override
  public void updateServiceImage(
      UpdateServiceImageRequest request, StreamObserver<UpdateServiceImageResponse> response) {
    respond(response, () -> rollouts.updateImage(request));
  }

  @Override
  public void rollbackService(
      RollbackServiceRequest request, StreamObserver<RollbackServiceResponse> response) {
    respond(response, () -> rollouts.rollback(request));
  }

  @Override
  public void createSecret(
      CreateSecretRequest request, StreamObserver<CreateSecretResponse> response) {
    respond(response, () -> secrets.create(request));
  }

  @Override
  public void getSecretByName(
      GetSecretByNameRequest request, StreamObserver<GetSecretByNameResponse> response) {
    respond(response, () -> secrets.getByName(request));
  }

  @Override
  public void listSecrets(
      ListSecretsRequest request, StreamObserver<ListSecretsResponse> response) {
    respond(response, () -> secrets.list(request));
  }

  @Override
  public void deleteSecret(
      DeleteSecretRequest request, StreamObserver<DeleteSecretResponse> response) {
    respond(response, () -> secrets.delete(request));
  }

  @Override
  public void createVolume(
      CreateVolumeRequest request, StreamObserver<CreateVolumeResponse> response) {
    respond(response, () -> volumes.create(request));
  }

  @Override
  public void getVolumeByName(
      GetVolumeByNameRequest request, StreamObserver<GetVolumeByNameResponse> response) {
    respond(response, () -> volumes.getByName(request));
  }

  @Override
  public void listVolumes(
      ListVolumesRequest request, StreamObserver<ListVolumesResponse> response) {
    respond(response, () -> volumes.list(request));
  }

  @Override
  public void deleteVolume(
      DeleteVolumeRequest request, StreamObserver<DeleteVolumeResponse> response) {
    respond(response, () -> volumes.delete(request));
  }

  /** Delegates to {@link EventStreams}: a server-streaming call, paced by the client. */
  @Override
  public void streamEvents(StreamEventsRequest request, StreamObserver<Event> response) {
    eventStreams.serve(request, response);
  }

  @Override
  public void createIngress(
      CreateIngressRequest request, StreamObserver<CreateIngressResponse> response) {
    respond(response, () -> ingressRpcs.create(request));
  }

  @Override
  public void updateIngress(
      UpdateIngressRequest request, StreamObserver<UpdateIngressResponse> response) {
    respond(response, () -> ingressRpcs.update(request));
  }

  @Override
  public void deleteIngress(
      DeleteIngressRequest request, StreamObserver<DeleteIngressResponse> response) {
    respond(response, () -> ingressRpcs.delete(request));
  }

  @Override
  public void getIngress(GetIngressRequest request, StreamObserver<GetIngressResponse> response) {
    respond(response, () -> ingressRpcs.get(request));
  }

  @Override
  public void listIngresses(
      ListIngressesRequest request, StreamObserver<ListIngressesResponse> response) {
    respond(response, ingressRpcs::list);
  }

  @Override
  public void createTLSCertificate(
      CreateTLSCertificateRequest request, StreamObserver<CreateTLSCertificateResponse> response) {
    respond(response, () -> tlsCertificateRpcs.create(request));
  }

  @Override
  public void getTLSCertificate(
      GetTLSCertificateRequest request, StreamObserver<GetTLSCertificateResponse> response) {
    respond(response, () -> tlsCertificateRpcs.get(request));
  }

  @Override
  public void listTLSCertificates(
      ListTLSCertificatesRequest request, StreamObserver<ListTLSCertificatesResponse> response) {
    respond(response, tlsCertificateRpcs::list);
  }

  @Override
  public void deleteTLSCertificate(
      DeleteTLSCertificateRequest request, StreamObserver<DeleteTLSCertificateResponse> response) {
    respond(response, () -> tlsCertificateRpcs.delete(request));
  }

  @Override
  public void generateJoinToken(
      GenerateJoinTokenRequest request, StreamObserver<GenerateJoinTokenResponse> response) {
    respond(response, () -> joinTokenRpcs.generate(request));
  }

  @Override
  public void joinCluster(
      JoinClusterRequest request, StreamObserver<JoinClusterResponse> response) {
    respond(response, () -> joinTokenRpcs.join(request));
  }

  @Override
  public void requestCertificate(
      RequestCertificateRequest request, StreamObserver<RequestCertificateResponse> response) {
    respond(response, () -> certificateRpcs.request(request));
  }

  @Override
  public void registerNode(
      RegisterNodeRequest request, StreamObserver<RegisterNodeResponse> response) {
    nodeContainerRpcs.registerNode(request, response);
  }

  @Override
  public void heartbeat(HeartbeatRequest request, StreamObserver<HeartbeatResponse> response) {
    nodeContainerRpcs.heartbeat(request, response);
  }

  @Override
  public void listNodes(ListNodesRequest request, StreamObserver<ListNodesResponse> response) {
    nodeContainerRpcs.listNodes(request, response);
  }

  @Override
  public void getNode(GetNodeRequest request, StreamObserver<GetNodeResponse> response) {
    nodeContainerRpcs.getNode(request, response);
  }

  @Override
  public void removeNode(RemoveNodeRequest request, StreamObserver<RemoveNodeResponse> response) {
    nodeContainerRpcs.removeNode(request, response);
  }

  @Override
  public void updateContainerStatus(
      UpdateContainerStatusRequest request,
      StreamObserver<UpdateContainerStatusResponse> response) {
    nodeContainerRpcs.updateContainerStatus(request, response);
  }

  @Override
  public void listContainers(
      ListContainersRequest request, StreamObserver<ListContainersResponse> response) {
    nodeContainerRpcs.listContainers(request, response);
  }

  @Override
  public void getContainer(
      GetContainerRequest request, StreamObserver<GetContainerResponse> response) {
    nodeContainerRpcs.getContainer(request, response);
  }

  @Override
  public void watchContainers(
      WatchContainersRequest request, StreamObserver<ContainerEvent> response) {
    nodeContainerRpcs.watchContainers(request, response);
  }

  @Override
  public void reportContainerHealth(
      ReportContainerHealthRequest request,
      StreamObserver<ReportContainerHealthResponse> response) {
    nodeContainerRpcs.reportContainerHealth(request, response);
  }

  /** Runs {@code call} and completes the RPC with its result or with the mapped failure. */
  private static <T> void respond(StreamObserver<T> response, Supplier<T> call) {
    T result;
    try {
      result = call.get();
    } catch (RuntimeException failure) {
      response.onError(StatusMapper.toStatusException(failure));
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }
}
