package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.ClusterServer;
import dev.warren.adapters.grpc.proto.GetClusterInfoResponse;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.shared.WireEnum;

/**
 * {@link ClusterInfo} to and from GetClusterInfoResponse; leader_addr is the leader's API address.
 */
public final class ClusterInfoProtoMapper {
  private ClusterInfoProtoMapper() {}

  public static GetClusterInfoResponse toProto(ClusterInfo info) {
    var response =
        GetClusterInfoResponse.newBuilder()
            .setLeaderId(info.leaderId())
            .setLeaderAddr(info.leaderApiAddress());
    for (ClusterMember member : info.members()) {
      response.addServers(
          ClusterServer.newBuilder()
              .setId(member.id())
              .setAddress(member.address())
              .setSuffrage(member.suffrage().wireName()));
    }
    return response.build();
  }

  /**
   * @throws dev.warren.domain.error.InvalidSpecException if a member has no id or an unknown
   *     suffrage
   */
  public static ClusterInfo toDomain(GetClusterInfoResponse response) {
    return new ClusterInfo(
        response.getLeaderId(),
        response.getLeaderAddr(),
        response.getServersList().stream()
            .map(
                server ->
                    new ClusterMember(
                        server.getId(),
                        server.getAddress(),
                        WireEnum.parse(Suffrage.class, "member suffrage", server.getSuffrage())))
            .toList());
  }
}
