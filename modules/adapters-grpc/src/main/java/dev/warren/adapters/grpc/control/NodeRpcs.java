package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetNodeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getHeartbeatMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListNodesMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getRegisterNodeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getRemoveNodeMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.managers;

import dev.warren.adapters.grpc.mapping.NodeProtoMapper;
import dev.warren.adapters.grpc.proto.GetNodeResponse;
import dev.warren.adapters.grpc.proto.HeartbeatResponse;
import dev.warren.adapters.grpc.proto.ListNodesResponse;
import dev.warren.adapters.grpc.proto.RegisterNodeResponse;
import dev.warren.adapters.grpc.proto.RemoveNodeResponse;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RemoveNodeRequest;
import java.util.List;

/** The node RPCs. A worker acts as a node only as itself; an admin never does. */
public final class NodeRpcs {
  private NodeRpcs() {}

  public static List<ServerRpc<?, ?>> declare(NodeUseCases useCases) {
    return List.of(
        ServerRpc.write(
                getRegisterNodeMethod(),
                managers().orWorkerOnItself(),
                request -> {
                  Node node = useCases.register().register(NodeProtoMapper.toDomain(request));
                  return RegisterNodeResponse.newBuilder()
                      .setNode(NodeProtoMapper.toProto(node))
                      .setOverlayIp(node.overlayIp())
                      .build();
                })
            .about(request -> CallSubject.node(request.getId())),
        ServerRpc.write(
                getHeartbeatMethod(),
                managers().orWorkerOnItself(),
                request -> {
                  useCases.heartbeat().record(NodeProtoMapper.toDomain(request));
                  return HeartbeatResponse.newBuilder().setStatus(Statuses.OK).build();
                })
            .about(request -> CallSubject.node(request.getNodeId())),
        ServerRpc.read(
            getListNodesMethod(),
            administrators(),
            request ->
                ListNodesResponse.newBuilder()
                    .addAllNodes(
                        useCases.list().list(NodeProtoMapper.toDomain(request)).stream()
                            .map(NodeProtoMapper::toProto)
                            .toList())
                    .build()),
        ServerRpc.read(
                getGetNodeMethod(),
                administrators().orWorkerOnItself(),
                request -> {
                  var found =
                      useCases
                          .get()
                          .get(
                              new GetNodeRequest(
                                  NodeProtoMapper.nodeId(request.getId()),
                                  ReadConsistency.LINEARIZABLE));
                  return GetNodeResponse.newBuilder().setNode(NodeProtoMapper.toProto(found)).build();
                })
            .about(request -> CallSubject.node(request.getId())),
        ServerRpc.write(
            getRemoveNodeMethod(),
            administrators(),
            request -> {
              useCases.remove().remove(new RemoveNodeRequest(NodeProtoMapper.nodeId(request.getId())));
              return RemoveNodeResponse.newBuilder().setStatus(Statuses.OK).build();
            }));
  }
}
