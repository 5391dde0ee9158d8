package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.ClusterInfoProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceRequestProtoMapper;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.CreateServiceResponse;
import dev.warren.adapters.grpc.proto.DeleteServiceRequest;
import dev.warren.adapters.grpc.proto.DeleteServiceResponse;
import dev.warren.adapters.grpc.proto.GetClusterInfoRequest;
import dev.warren.adapters.grpc.proto.GetClusterInfoResponse;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.GetServiceResponse;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.ListServicesResponse;
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
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.UpdateServiceUseCase;
import io.grpc.stub.StreamObserver;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The warren.v1 RPCs this version serves, each a blocking call to one use case. Requests are mapped
 * to domain values (bad input is INVALID_ARGUMENT naming the field), failures to statuses by {@link
 * StatusMapper}. Reads are linearizable: warren.v1 has no way to ask for less.
 *
 * <p>Every other RPC of the contract is answered UNIMPLEMENTED by the interceptor that {@link
 * #IMPLEMENTED_RPCS} feeds. Blocking is intended: the server runs each call on its own virtual
 * thread.
 */
public final class WarrenApiGrpcEndpoint extends WarrenAPIGrpc.WarrenAPIImplBase {
  /** Bare names of the RPCs overridden below; keep in step with them. */
  public static final Set<String> IMPLEMENTED_RPCS =
      Set.of(
          "CreateService",
          "GetService",
          "ListServices",
          "UpdateService",
          "DeleteService",
          "GetClusterInfo",
          "CreateIngress",
          "UpdateIngress",
          "DeleteIngress",
          "GetIngress",
          "ListIngresses",
          "CreateTLSCertificate",
          "GetTLSCertificate",
          "ListTLSCertificates",
          "DeleteTLSCertificate",
          "GenerateJoinToken",
          // Answered here with UNIMPLEMENTED naming what they wait for (issue 4).
          "JoinCluster",
          "RequestCertificate");

  /** Warren v1.6 answers a delete with this status string; clients may compare it. */
  static final String DELETED_STATUS = "ok";

  private final CreateServiceUseCase createService;
  private final GetServiceUseCase getService;
  private final ListServicesUseCase listServices;
  private final UpdateServiceUseCase updateService;
  private final DeleteServiceUseCase deleteService;
  private final GetClusterInfoUseCase getClusterInfo;
  private final IngressRpcs ingressRpcs;
  private final TlsCertificateRpcs tlsCertificateRpcs;
  private final JoinTokenRpcs joinTokenRpcs;

  public WarrenApiGrpcEndpoint(
      CreateServiceUseCase createService,
      GetServiceUseCase getService,
      ListServicesUseCase listServices,
      UpdateServiceUseCase updateService,
      DeleteServiceUseCase deleteService,
      GetClusterInfoUseCase getClusterInfo,
      IngressRpcs ingressRpcs,
      TlsCertificateRpcs tlsCertificateRpcs,
      JoinTokenRpcs joinTokenRpcs) {
    this.createService = createService;
    this.getService = getService;
    this.listServices = listServices;
    this.updateService = updateService;
    this.deleteService = deleteService;
    this.getClusterInfo = getClusterInfo;
    this.ingressRpcs = ingressRpcs;
    this.tlsCertificateRpcs = tlsCertificateRpcs;
    this.joinTokenRpcs = joinTokenRpcs;
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
    respond(
        response,
        () -> {
          throw JoinTokenRpcs.joinClusterNotImplemented();
        });
  }

  @Override
  public void requestCertificate(
      RequestCertificateRequest request, StreamObserver<RequestCertificateResponse> response) {
    respond(
        response,
        () -> {
          throw JoinTokenRpcs.requestCertificateNotImplemented();
        });
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
