package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.readStream;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetContainerMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListContainersMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getReportContainerHealthMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateContainerStatusMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getWatchContainersMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.managers;

import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.adapters.grpc.mapping.NodeProtoMapper;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.GetContainerRequest;
import dev.warren.adapters.grpc.proto.GetContainerResponse;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.ListContainersResponse;
import dev.warren.adapters.grpc.proto.ReportContainerHealthRequest;
import dev.warren.adapters.grpc.proto.ReportContainerHealthResponse;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusRequest;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusResponse;
import dev.warren.adapters.grpc.proto.WatchContainersRequest;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.in.ContainerUseCases;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.List;

/**
 * The container RPCs: a worker reports on, reads and watches only the containers assigned to it.
 * Unary calls block their (virtual) call thread; WatchContainers does not (see {@link
 * ContainerEventStream}).
 */
public record ContainerRpcs(ContainerUseCases useCases) {

  public List<ServerRpc<?, ?>> declare() {
    var workerOnItself = administrators().orWorkerOnItself();
    return List.of(
        write(getUpdateContainerStatusMethod(), managers().orWorkerOnItself(), this::updateStatus)
            .about(request -> CallSubject.container(request.getContainerId())),
        read(getListContainersMethod(), workerOnItself, this::list)
            .about(request -> CallSubject.node(request.getNodeId())),
        read(getGetContainerMethod(), workerOnItself, this::get)
            .about(request -> CallSubject.container(request.getId())),
        readStream(getWatchContainersMethod(), workerOnItself, this::watch)
            .about(request -> CallSubject.node(request.getNodeId())),
        write(getReportContainerHealthMethod(), managers().orWorkerOnItself(), this::reportHealth)
            .about(request -> CallSubject.container(request.getContainerId())));
  }

  private UpdateContainerStatusResponse updateStatus(UpdateContainerStatusRequest request) {
    useCases.updateStatus().update(ContainerProtoMapper.toDomain(request));
    return UpdateContainerStatusResponse.newBuilder().setStatus(Statuses.OK).build();
  }

  private ListContainersResponse list(ListContainersRequest request) {
    List<Task> containers = useCases.list().list(ContainerProtoMapper.toDomain(request));
    return ListContainersResponse.newBuilder()
        .addAllContainers(containers.stream().map(ContainerProtoMapper::toProto).toList())
        .build();
  }

  private GetContainerResponse get(GetContainerRequest request) {
    var id = ContainerProtoMapper.containerId(request.getId());
    Task found =
        useCases
            .get()
            .get(
                new dev.warren.domain.port.in.GetContainerRequest(
                    id, ReadConsistencyInterceptor.current()));
    return GetContainerResponse.newBuilder()
        .setContainer(ContainerProtoMapper.toProto(found))
        .build();
  }

  private ReportContainerHealthResponse reportHealth(ReportContainerHealthRequest request) {
    useCases.reportHealth().report(ContainerProtoMapper.toDomain(request));
    return ReportContainerHealthResponse.newBuilder().setStatus(Statuses.OK).build();
  }

  /**
   * Sends the node's current containers, then their changes as they commit, until the client
   * cancels or falls behind (then ABORTED: watch again). Returns at once; events are sent as the
   * client's flow control allows, from the call's own callbacks and short-lived virtual threads.
   */
  private void watch(WatchContainersRequest request, StreamObserver<ContainerEvent> response) {
    var call = (ServerCallStreamObserver<ContainerEvent>) response;
    NodeId node;
    try {
      node = NodeProtoMapper.nodeId(request.getNodeId());
    } catch (RuntimeException invalid) {
      response.onError(StatusMapper.toStatusException(invalid));
      return;
    }
    var watch = new dev.warren.domain.port.in.WatchContainersRequest(node);
    new ContainerEventStream(call).open(wakeUp -> useCases.watch().watch(watch, wakeUp));
  }
}
