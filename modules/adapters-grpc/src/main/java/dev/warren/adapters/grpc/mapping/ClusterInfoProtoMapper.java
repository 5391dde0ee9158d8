package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.ClusterServer;
import dev.warren.adapters.grpc.proto.GetClusterInfoResponse;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.shared.WireEnum;
import java.util.OptionalLong;

/**
 * {@link ClusterInfo} to and from GetClusterInfoResponse; leader_addr is the leader's API address,
 * and each member's progress travels in the fields this project added to ClusterServer.
 */
public final class ClusterInfoProtoMapper {
  private ClusterInfoProtoMapper() {}

  public static GetClusterInfoResponse toProto(ClusterInfo info) {
    var response =
        GetClusterInfoResponse.newBuilder()
            .setLeaderId(info.leaderId())
            .setLeaderAddr(info.leaderApiAddress());
    for (ClusterMember member : info.members()) {
      var server =
          ClusterServer.newBuilder()
              .setId(member.id())
              .setAddress(member.address())
              .setSuffrage(member.suffrage().wireName());
      info.progressOf(member.id())
          .ifPresent(
              progress -> {
                server.setReachable(progress.reachable());
                progress.appliedIndex().ifPresent(server::setAppliedIndex);
              });
      response.addServers(server);
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
            .toList(),
        // A manager that does not report progress (Warren's, an older one) leaves it unknown.
        response.getServersList().stream()
            .filter(ClusterServer::hasReachable)
            .map(
                server ->
                    new MemberProgress(
                        server.getId(),
                        server.getReachable(),
                        server.hasAppliedIndex()
                            ? OptionalLong.of(server.getAppliedIndex())
                            : OptionalLong.empty()))
            .toList());
  }
}
