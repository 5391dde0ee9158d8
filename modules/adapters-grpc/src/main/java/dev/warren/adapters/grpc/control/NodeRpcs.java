package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetNodeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getHeartbeatMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListNodesMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getRegisterNodeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getRemoveNodeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateNodeMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.managers;

import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.mapping.NodeProtoMapper;
import dev.warren.adapters.grpc.proto.GetNodeRequest;
import dev.warren.adapters.grpc.proto.GetNodeResponse;
import dev.warren.adapters.grpc.proto.HeartbeatRequest;
import dev.warren.adapters.grpc.proto.HeartbeatResponse;
import dev.warren.adapters.grpc.proto.ListNodesRequest;
import dev.warren.adapters.grpc.proto.ListNodesResponse;
import dev.warren.adapters.grpc.proto.RegisterNodeRequest;
import dev.warren.adapters.grpc.proto.RegisterNodeResponse;
import dev.warren.adapters.grpc.proto.RemoveNodeRequest;
import dev.warren.adapters.grpc.proto.RemoveNodeResponse;
import dev.warren.adapters.grpc.proto.UpdateNodeRequest;
import dev.warren.adapters.grpc.proto.UpdateNodeResponse;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.in.NodeUseCases;
import java.util.List;

/** The node RPCs. A worker acts as a node, and reads one, only as itself; an admin never acts. */
public record NodeRpcs(NodeUseCases useCases) {

  public List<ServerRpc<?, ?>> declare() {
    return List.of(
        write(getRegisterNodeMethod(), managers().orWorkerOnItself(), this::register)
            .about(request -> CallSubject.node(request.getId())),
        write(getHeartbeatMethod(), managers().orWorkerOnItself(), this::heartbeat)
            .about(request -> CallSubject.node(request.getNodeId())),
        read(getListNodesMethod(), administrators(), this::list),
        read(getGetNodeMethod(), administrators().orWorkerOnItself(), this::get)
            .about(request -> CallSubject.node(request.getId())),
        write(getRemoveNodeMethod(), administrators(), this::remove),
        write(getUpdateNodeMethod(), administrators(), this::update));
  }

  private RegisterNodeResponse register(RegisterNodeRequest request) {
    Node node = useCases.register().register(NodeProtoMapper.toDomain(request));
    return RegisterNodeResponse.newBuilder()
        .setNode(NodeProtoMapper.toProto(node))
        .setOverlayIp(node.overlayIp())
        .build();
  }

  private HeartbeatResponse heartbeat(HeartbeatRequest request) {
    useCases.heartbeat().record(NodeProtoMapper.toDomain(request));
    return HeartbeatResponse.newBuilder().setStatus(Statuses.OK).build();
  }

  private ListNodesResponse list(ListNodesRequest request) {
    List<Node> nodes = useCases.list().list(NodeProtoMapper.toDomain(request));
    return ListNodesResponse.newBuilder()
        .addAllNodes(nodes.stream().map(NodeProtoMapper::toProto).toList())
        .build();
  }

  private GetNodeResponse get(GetNodeRequest request) {
    var id = NodeProtoMapper.nodeId(request.getId());
    Node found =
        useCases
            .get()
            .get(
                new dev.warren.domain.port.in.GetNodeRequest(
                    id, ReadConsistencyInterceptor.current()));
    return GetNodeResponse.newBuilder().setNode(NodeProtoMapper.toProto(found)).build();
  }

  private UpdateNodeResponse update(UpdateNodeRequest request) {
    Node updated = useCases.update().update(NodeProtoMapper.toDomain(request));
    return UpdateNodeResponse.newBuilder().setNode(NodeProtoMapper.toProto(updated)).build();
  }

  private RemoveNodeResponse remove(RemoveNodeRequest request) {
    var id = NodeProtoMapper.nodeId(request.getId());
    useCases.remove().remove(new dev.warren.domain.port.in.RemoveNodeRequest(id));
    return RemoveNodeResponse.newBuilder().setStatus(Statuses.OK).build();
  }
}
