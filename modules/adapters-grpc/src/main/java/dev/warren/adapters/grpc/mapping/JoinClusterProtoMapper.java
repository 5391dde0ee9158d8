package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.JoinClusterResponse;
import dev.warren.domain.port.in.JoinClusterRequest;
import dev.warren.domain.port.in.JoinClusterResult;

/**
 * JoinCluster's request and response to and from domain values: {@code bind_addr} is the joining
 * manager's Raft address, {@code leader_addr} the leader's API address. The token is copied, never
 * logged. Fields are checked by the use case, which names them.
 */
public final class JoinClusterProtoMapper {
  private JoinClusterProtoMapper() {}

  public static JoinClusterRequest toDomain(
      dev.warren.adapters.grpc.proto.JoinClusterRequest request) {
    return new JoinClusterRequest(request.getNodeId(), request.getBindAddr(), request.getToken());
  }

  public static dev.warren.adapters.grpc.proto.JoinClusterRequest toProto(
      JoinClusterRequest request) {
    return dev.warren.adapters.grpc.proto.JoinClusterRequest.newBuilder()
        .setNodeId(request.nodeId())
        .setBindAddr(request.raftAddress())
        .setToken(request.token())
        .build();
  }

  public static JoinClusterResponse toProto(JoinClusterResult result) {
    return JoinClusterResponse.newBuilder()
        .setStatus(result.status())
        .setLeaderAddr(result.leaderApiAddress())
        .build();
  }

  public static JoinClusterResult toDomain(JoinClusterResponse response) {
    return new JoinClusterResult(response.getStatus(), response.getLeaderAddr());
  }
}
