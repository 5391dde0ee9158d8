package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static dev.warren.adapters.grpc.mapping.RoundTrips.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenResponse;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JoinTokenProtoMapperTest {

  @Test
  void requestRoleAndRotationRoundTripForEveryRole() {
    for (Role role : Role.values()) {
      for (boolean rotate : new boolean[] {false, true}) {
        var request = new GenerateJoinTokenRequest(role, rotate);

        var proto =
            roundTrip(request, JoinTokenProtoMapper::toProto, JoinTokenProtoMapper::toDomain);

        assertThat(proto.getRole()).isEqualTo(role.wireName());
        assertThat(proto.getRotate()).isEqualTo(rotate);
      }
    }
  }

  @Test
  void otherRolesAreInvalid() {
    var hybrid =
        dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest.newBuilder()
            .setRole("hybrid")
            .build();

    assertInvalid(() -> JoinTokenProtoMapper.toDomain(hybrid))
        .hasMessage("join token role 'hybrid' is not one of: manager, worker, admin");
  }

  @Test
  void responseMapsEveryFieldBothWays() {
    Instant expires = Instant.parse("2026-03-02T10:00:00.000001Z");
    var result = new GenerateJoinTokenResult("WRN-1-abc-def", Role.MANAGER, expires);

    var proto = JoinTokenProtoMapper.toProto(result);

    assertThat(proto)
        .isEqualTo(
            GenerateJoinTokenResponse.newBuilder()
                .setToken("WRN-1-abc-def")
                .setRole("manager")
                .setExpiresAt(
                    Timestamp.newBuilder().setSeconds(expires.getEpochSecond()).setNanos(1000))
                .build());
    assertThat(JoinTokenProtoMapper.toDomain(proto)).isEqualTo(result);
  }
}
