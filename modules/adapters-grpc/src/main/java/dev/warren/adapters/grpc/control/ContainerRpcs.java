package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetContainerMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListContainersMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getReportContainerHealthMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateContainerStatusMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getWatchContainersMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.managers;

import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.adapters.grpc.mapping.NodeProtoMapper;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.GetContainerResponse;
import dev.warren.adapters.grpc.proto.ListContainersResponse;
import dev.warren.adapters.grpc.proto.ReportContainerHealthResponse;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusResponse;
import dev.warren.adapters.grpc.proto.WatchContainersRequest;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.WatchContainersUseCase;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.List;

/**
 * The container RPCs: a worker reports on, and watches, only the containers assigned to it. Unary
 * calls block their (virtual) call thread; WatchContainers does not (see {@link
 * ContainerEventStream}).
 */
public final class ContainerRpcs {
  private ContainerRpcs() {}

  public static List<ServerRpc<?, ?>> declare(ContainerUseCases useCases) {
    return List.of(
        ServerRpc.write(
                getUpdateContainerStatusMethod(),
                managers().orWorkerOnItself(),
                request -> {
                  useCases.updateStatus().update(ContainerProtoMapper.toDomain(request));
                  return UpdateContainerStatusResponse.newBuilder().setStatus(Statuses.OK).build();
                })
            .about(request -> CallSubject.container(request.getContainerId())),
        ServerRpc.read(
                getListContainersMethod(),
                administrators().orWorkerOnItself(),
                request ->
                    ListContainersResponse.newBuilder()
                        .addAllContainers(
                            useCases.list().list(ContainerProtoMapper.toDomain(request)).stream()
                                .map(ContainerProtoMapper::toProto)
                                .toList())
                        .build())
            .about(request -> CallSubject.node(request.getNodeId())),
        ServerRpc.read(
                getGetContainerMethod(),
                administrators().orWorkerOnItself(),
                request -> {
                  var found =
                      useCases
                          .get()
                          .get(
                              new GetContainerRequest(
                                  ContainerProtoMapper.containerId(request.getId()),
                                  ReadConsistency.LINEARIZABLE));
                  return GetContainerResponse.newBuilder()
                      .setContainer(ContainerProtoMapper.toProto(found))
                      .build();
                })
            .about(request -> CallSubject.container(request.getId())),
        ServerRpc.readStream(
                getWatchContainersMethod(),
                administrators().orWorkerOnItself(),
                (request, response) -> watch(useCases.watch(), request, response))
            .about(request -> CallSubject.node(request.getNodeId())),
        ServerRpc.write(
                getReportContainerHealthMethod(),
                managers().orWorkerOnItself(),
                request -> {
                  useCases.reportHealth().report(ContainerProtoMapper.toDomain(request));
                  return ReportContainerHealthResponse.newBuilder().setStatus(Statuses.OK).build();
                })
            .about(request -> CallSubject.container(request.getContainerId())));
  }

  /**
   * Sends the node's current containers, then their changes as they commit, until the client
   * cancels or falls behind (then ABORTED: watch again). Returns at once; events are sent as the
   * client's flow control allows, from the call's own callbacks and short-lived virtual threads.
   */
  private static void watch(
      WatchContainersUseCase watches,
      WatchContainersRequest request,
      StreamObserver<ContainerEvent> response) {
    var call = (ServerCallStreamObserver<ContainerEvent>) response;
    NodeId node;
    try {
      node = NodeProtoMapper.nodeId(request.getNodeId());
    } catch (RuntimeException invalid) {
      response.onError(StatusMapper.toStatusException(invalid));
      return;
    }
    new ContainerEventStream(call)
        .open(
            wakeUp ->
                watches.watch(new dev.warren.domain.port.in.WatchContainersRequest(node), wakeUp));
  }
}
