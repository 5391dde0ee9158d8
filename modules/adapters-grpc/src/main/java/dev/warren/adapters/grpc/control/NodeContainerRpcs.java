package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.NodeContainerUseCases;
import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.adapters.grpc.mapping.NodeProtoMapper;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.GetContainerRequest;
import dev.warren.adapters.grpc.proto.GetContainerResponse;
import dev.warren.adapters.grpc.proto.GetNodeRequest;
import dev.warren.adapters.grpc.proto.GetNodeResponse;
import dev.warren.adapters.grpc.proto.HeartbeatRequest;
import dev.warren.adapters.grpc.proto.HeartbeatResponse;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.ListContainersResponse;
import dev.warren.adapters.grpc.proto.ListNodesRequest;
import dev.warren.adapters.grpc.proto.ListNodesResponse;
import dev.warren.adapters.grpc.proto.RegisterNodeRequest;
import dev.warren.adapters.grpc.proto.RegisterNodeResponse;
import dev.warren.adapters.grpc.proto.RemoveNodeRequest;
import dev.warren.adapters.grpc.proto.RemoveNodeResponse;
import dev.warren.adapters.grpc.proto.ReportContainerHealthRequest;
import dev.warren.adapters.grpc.proto.ReportContainerHealthResponse;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusRequest;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusResponse;
import dev.warren.adapters.grpc.proto.WatchContainersRequest;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.ReadConsistency;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/**
 * The node and container RPCs, for {@link WarrenApiGrpcEndpoint} to delegate to: requests mapped by
 * {@link NodeProtoMapper} and {@link ContainerProtoMapper}, failures by {@link StatusMapper}; reads
 * are linearizable. Unary calls block their (virtual) call thread; WatchContainers does not (see
 * {@link ContainerEventStream}).
 */
final class NodeContainerRpcs {
  /** Warren v1.6's status strings, which clients may compare. */
  static final String OK_STATUS = "ok";

  private final NodeContainerUseCases useCases;

  NodeContainerRpcs(NodeContainerUseCases useCases) {
    this.useCases = useCases;
  }

  void registerNode(RegisterNodeRequest request, StreamObserver<RegisterNodeResponse> response) {
    respond(
        response,
        () -> {
          Node node = useCases.registerNode().register(NodeProtoMapper.toDomain(request));
          return RegisterNodeResponse.newBuilder()
              .setNode(NodeProtoMapper.toProto(node))
              .setOverlayIp(node.overlayIp())
              .build();
        });
  }

  void heartbeat(HeartbeatRequest request, StreamObserver<HeartbeatResponse> response) {
    respond(
        response,
        () -> {
          useCases.recordHeartbeat().record(NodeProtoMapper.toDomain(request));
          return HeartbeatResponse.newBuilder().setStatus(OK_STATUS).build();
        });
  }

  void listNodes(ListNodesRequest request, StreamObserver<ListNodesResponse> response) {
    respond(
        response,
        () ->
            ListNodesResponse.newBuilder()
                .addAllNodes(
                    useCases.listNodes().list(NodeProtoMapper.toDomain(request)).stream()
                        .map(NodeProtoMapper::toProto)
                        .toList())
                .build());
  }

  void getNode(GetNodeRequest request, StreamObserver<GetNodeResponse> response) {
    respond(
        response,
        () -> {
          NodeId id = NodeProtoMapper.nodeId(request.getId());
          Node node =
              useCases
                  .getNode()
                  .get(
                      new dev.warren.domain.port.in.GetNodeRequest(
                          id, ReadConsistency.LINEARIZABLE));
          return GetNodeResponse.newBuilder().setNode(NodeProtoMapper.toProto(node)).build();
        });
  }

  void removeNode(RemoveNodeRequest request, StreamObserver<RemoveNodeResponse> response) {
    respond(
        response,
        () -> {
          useCases
              .removeNode()
              .remove(
                  new dev.warren.domain.port.in.RemoveNodeRequest(
                      NodeProtoMapper.nodeId(request.getId())));
          return RemoveNodeResponse.newBuilder().setStatus(OK_STATUS).build();
        });
  }

  void updateContainerStatus(
      UpdateContainerStatusRequest request,
      StreamObserver<UpdateContainerStatusResponse> response) {
    respond(
        response,
        () -> {
          useCases.updateContainerStatus().update(ContainerProtoMapper.toDomain(request));
          return UpdateContainerStatusResponse.newBuilder().setStatus(OK_STATUS).build();
        });
  }

  void listContainers(
      ListContainersRequest request, StreamObserver<ListContainersResponse> response) {
    respond(
        response,
        () ->
            ListContainersResponse.newBuilder()
                .addAllContainers(
                    useCases.listContainers().list(ContainerProtoMapper.toDomain(request)).stream()
                        .map(ContainerProtoMapper::toProto)
                        .toList())
                .build());
  }

  void getContainer(GetContainerRequest request, StreamObserver<GetContainerResponse> response) {
    respond(
        response,
        () -> {
          var task =
              useCases
                  .getContainer()
                  .get(
                      new dev.warren.domain.port.in.GetContainerRequest(
                          ContainerProtoMapper.containerId(request.getId()),
                          ReadConsistency.LINEARIZABLE));
          return GetContainerResponse.newBuilder()
              .setContainer(ContainerProtoMapper.toProto(task))
              .build();
        });
  }

  void reportContainerHealth(
      ReportContainerHealthRequest request,
      StreamObserver<ReportContainerHealthResponse> response) {
    respond(
        response,
        () -> {
          useCases.reportContainerHealth().report(ContainerProtoMapper.toDomain(request));
          return ReportContainerHealthResponse.newBuilder().setStatus(OK_STATUS).build();
        });
  }

  /**
   * Sends the node's current containers, then their changes as they commit, until the client
   * cancels or falls behind (then ABORTED: watch again). Returns at once; events are sent as the
   * client's flow control allows, from the call's own callbacks and short-lived virtual threads.
   */
  void watchContainers(WatchContainersRequest request, StreamObserver<ContainerEvent> response) {
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
                useCases
                    .watchContainers()
                    .watch(new dev.warren.domain.port.in.WatchContainersRequest(node), wakeUp));
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
