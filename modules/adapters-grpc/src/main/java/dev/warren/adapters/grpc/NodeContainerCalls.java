package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.adapters.grpc.mapping.NodeProtoMapper;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import java.util.List;

/** The node and container calls of {@link GrpcWarrenClient}, each one blocking RPC. */
record NodeContainerCalls(StubCaller rpc) {

  Node register(RegisterNodeRequest request) {
    var registered = rpc.call(stub -> stub.registerNode(NodeProtoMapper.toProto(request)));
    return NodeProtoMapper.toDomain(registered.getNode());
  }

  void record(RecordHeartbeatRequest request) {
    rpc.call(stub -> stub.heartbeat(NodeProtoMapper.toProto(request)));
  }

  List<Node> list(ListNodesRequest request) {
    var listed = rpc.call(stub -> stub.listNodes(NodeProtoMapper.toProto(request)));
    return listed.getNodesList().stream().map(NodeProtoMapper::toDomain).toList();
  }

  Node get(GetNodeRequest request) {
    var found =
        rpc.call(
            stub ->
                stub.getNode(
                    dev.warren.adapters.grpc.proto.GetNodeRequest.newBuilder()
                        .setId(request.id().value())
                        .build()));
    return NodeProtoMapper.toDomain(found.getNode());
  }

  void remove(RemoveNodeRequest request) {
    rpc.call(
        stub ->
            stub.removeNode(
                dev.warren.adapters.grpc.proto.RemoveNodeRequest.newBuilder()
                    .setId(request.id().value())
                    .build()));
  }

  void update(UpdateContainerStatusRequest request) {
    rpc.call(stub -> stub.updateContainerStatus(ContainerProtoMapper.toProto(request)));
  }

  List<Task> list(ListContainersRequest request) {
    var listed = rpc.call(stub -> stub.listContainers(ContainerProtoMapper.toProto(request)));
    return listed.getContainersList().stream().map(ContainerProtoMapper::toDomain).toList();
  }

  Task get(GetContainerRequest request) {
    var found =
        rpc.call(
            stub ->
                stub.getContainer(
                    dev.warren.adapters.grpc.proto.GetContainerRequest.newBuilder()
                        .setId(request.id().value())
                        .build()));
    return ContainerProtoMapper.toDomain(found.getContainer());
  }

  void report(ReportContainerHealthRequest request) {
    rpc.call(stub -> stub.reportContainerHealth(ContainerProtoMapper.toProto(request)));
  }
}
