package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.proto.ClusterServer;
import dev.warren.adapters.grpc.proto.GetClusterInfoResponse;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.MemberProgress;
import dev.warren.domain.model.cluster.Suffrage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterInfoProtoMapperTest {

  @Test
  void clusterInfoMapsEveryFieldWithWarrensSuffrageSpelling() {
    var info =
        new ClusterInfo(
            "m1",
            "10.1.0.1:8080",
            List.of(
                new ClusterMember("m1", "10.1.0.1:7946", Suffrage.VOTER),
                new ClusterMember("m2", "10.1.0.2:7946", Suffrage.STAGING)));

    GetClusterInfoResponse proto = ClusterInfoProtoMapper.toProto(info);

    assertThat(proto)
        .isEqualTo(
            GetClusterInfoResponse.newBuilder()
                .setLeaderId("m1")
                .setLeaderAddr("10.1.0.1:8080")
                .addServers(
                    ClusterServer.newBuilder()
                        .setId("m1")
                        .setAddress("10.1.0.1:7946")
                        .setSuffrage("Voter"))
                .addServers(
                    ClusterServer.newBuilder()
                        .setId("m2")
                        .setAddress("10.1.0.2:7946")
                        .setSuffrage("Staging"))
                .build());
    assertThat(ClusterInfoProtoMapper.toDomain(proto)).isEqualTo(info);
  }

  @Test
  void eachMembersProgressTravelsInTheAddedFields() {
    var members =
        List.of(
            new ClusterMember("m1", "10.1.0.1:7946", Suffrage.VOTER),
            new ClusterMember("m2", "10.1.0.2:7946", Suffrage.VOTER));
    var info =
        new ClusterInfo(
            "m1",
            "10.1.0.1:8080",
            members,
            List.of(MemberProgress.reached("m1", 42), MemberProgress.unreachable("m2")));

    GetClusterInfoResponse proto = ClusterInfoProtoMapper.toProto(info);

    assertThat(proto.getServers(0).getReachable()).isTrue();
    assertThat(proto.getServers(0).getAppliedIndex()).isEqualTo(42);
    assertThat(proto.getServers(1).hasReachable()).isTrue();
    assertThat(proto.getServers(1).getReachable()).isFalse();
    assertThat(proto.getServers(1).hasAppliedIndex()).isFalse();
    assertThat(ClusterInfoProtoMapper.toDomain(proto)).isEqualTo(info);
  }

  @Test
  void noLeaderDuringAnElectionIsEmptyStrings() {
    var electing = new ClusterInfo("", "", List.of());

    assertThat(ClusterInfoProtoMapper.toDomain(ClusterInfoProtoMapper.toProto(electing)))
        .isEqualTo(electing);
  }

  @Test
  void unknownSuffrageIsRejected() {
    var proto =
        GetClusterInfoResponse.newBuilder()
            .addServers(ClusterServer.newBuilder().setId("m1").setSuffrage("Observer"))
            .build();

    assertInvalid(() -> ClusterInfoProtoMapper.toDomain(proto))
        .hasMessageContaining("member suffrage 'Observer'");
  }
}
