package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.RoundTrips.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.proto.JoinClusterResponse;
import dev.warren.domain.port.in.JoinClusterRequest;
import dev.warren.domain.port.in.JoinClusterResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinClusterProtoMapperTest {

  @Test
  void requestFieldsMapOneToOneAndRoundTrip() {
    var request = new JoinClusterRequest("manager-2", "10.0.0.2:7000", "WRN-1-abc-s3cr3t");

    var proto =
        roundTrip(request, JoinClusterProtoMapper::toProto, JoinClusterProtoMapper::toDomain);

    assertThat(UnsetFields.of(proto, Set.of())).isEmpty();
    assertThat(proto.getNodeId()).isEqualTo("manager-2");
    assertThat(proto.getBindAddr()).isEqualTo("10.0.0.2:7000");
    assertThat(proto.getToken()).isEqualTo("WRN-1-abc-s3cr3t");
  }

  @Test
  void responseCarriesTheStatusAndTheLeadersApiAddress() {
    var result = new JoinClusterResult("joined", "10.0.0.1:8080");

    JoinClusterResponse proto = JoinClusterProtoMapper.toProto(result);

    assertThat(UnsetFields.of(proto, Set.of())).isEmpty();
    assertThat(proto.getStatus()).isEqualTo("joined");
    assertThat(proto.getLeaderAddr()).isEqualTo("10.0.0.1:8080");
    assertThat(JoinClusterProtoMapper.toDomain(proto)).isEqualTo(result);
  }

  @Test
  void emptyRequestFieldsReachTheUseCaseToBeNamedThere() {
    assertThat(
            JoinClusterProtoMapper.toDomain(
                dev.warren.adapters.grpc.proto.JoinClusterRequest.getDefaultInstance()))
        .isEqualTo(new JoinClusterRequest("", "", ""));
  }
}
