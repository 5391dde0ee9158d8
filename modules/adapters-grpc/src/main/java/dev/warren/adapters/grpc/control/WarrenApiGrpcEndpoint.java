package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.NodeContainerUseCases;
import dev.warren.adapters.grpc.mapping.ClusterInfoProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceRequestProtoMapper;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.CreateServiceResponse;
import dev.warren.adapters.grpc.proto.DeleteServiceRequest;
import dev.warren.adapters.grpc.proto.DeleteServiceResponse;
import dev.warren.adapters.grpc.proto.GetClusterInfoRequest;
import dev.warren.adapters.grpc.proto.GetClusterInfoResponse;
import dev.warren.adapters.grpc.proto.GetContainerRequest;
import dev.warren.adapters.grpc.proto.GetContainerResponse;
import dev.warren.adapters.grpc.proto.GetNodeRequest;
import dev.warren.adapters.grpc.proto.GetNodeResponse;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.GetServiceResponse;
import dev.warren.adapters.grpc.proto.HeartbeatRequest;
import dev.warren.adapters.grpc.proto.HeartbeatResponse;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.ListContainersResponse;
import dev.warren.adapters.grpc.proto.ListNodesRequest;
import dev.warren.adapters.grpc.proto.ListNodesResponse;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.ListServicesResponse;
import dev.warren.adapters.grpc.proto.RegisterNodeRequest;
import dev.warren.adapters.grpc.proto.RegisterNodeResponse;
import dev.warren.adapters.grpc.proto.RemoveNodeRequest;
import dev.warren.adapters.grpc.proto.RemoveNodeResponse;
import dev.warren.adapters.grpc.proto.ReportContainerHealthRequest;
import dev.warren.adapters.grpc.proto.ReportContainerHealthResponse;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusRequest;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusResponse;
import dev.warren.adapters.grpc.proto.UpdateServiceRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceResponse;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.proto.WatchContainersRequest;
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
          "RegisterNode",
          "Heartbeat",
          "ListNodes",
          "GetNode",
          "RemoveNode",
          "UpdateContainerStatus",
          "ListContainers",
          "GetContainer",
          "WatchContainers",
          "ReportContainerHealth");

  /** Warren v1.6 answers a delete with this status string; clients may compare it. */
  static final String DELETED_STATUS = "ok";

  private final CreateServiceUseCase createService;
  private final GetServiceUseCase getService;
  private final ListServicesUseCase listServices;
  private final UpdateServiceUseCase updateService;
  private final DeleteServiceUseCase deleteService;
  private final GetClusterInfoUseCase getClusterInfo;
  private final NodeContainerRpcs nodeContainerRpcs;

  public WarrenApiGrpcEndpoint(
      CreateServiceUseCase createService,
      GetServiceUseCase getService,
      ListServicesUseCase listServices,
      UpdateServiceUseCase updateService,
      DeleteServiceUseCase deleteService,
      GetClusterInfoUseCase getClusterInfo,
      NodeContainerUseCases nodeContainerUseCases) {
    this.createService = createService;
    this.getService = getService;
    this.listServices = listServices;
    this.updateService = updateService;
    this.deleteService = deleteService;
    this.getClusterInfo = getClusterInfo;
    this.nodeContainerRpcs = new NodeContainerRpcs(nodeContainerUseCases);
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
