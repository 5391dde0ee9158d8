package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.GenerateJoinTokenResponse;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;

/**
 * GenerateJoinToken's request and response to and from domain values; role is "worker", "manager"
 * or "admin" on the wire, {@code rotate} our addition. The token is copied, never logged.
 */
public final class JoinTokenProtoMapper {
  private JoinTokenProtoMapper() {}

  /**
   * @throws dev.warren.domain.error.InvalidSpecException unless the role is worker, manager or
   *     admin
   */
  public static GenerateJoinTokenRequest toDomain(
      dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest request) {
    return GenerateJoinTokenRequest.forRole(request.getRole(), request.getRotate());
  }

  public static dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest toProto(
      GenerateJoinTokenRequest request) {
    return dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest.newBuilder()
        .setRole(request.role().wireName())
        .setRotate(request.rotate())
        .build();
  }

  public static GenerateJoinTokenResponse toProto(GenerateJoinTokenResult result) {
    return GenerateJoinTokenResponse.newBuilder()
        .setToken(result.token())
        .setRole(result.role().wireName())
        .setExpiresAt(TimestampProtoMapper.toProto(result.expiresAt()))
        .build();
  }

  /**
   * @throws dev.warren.domain.error.InvalidSpecException if the token is empty or the role unknown
   */
  public static GenerateJoinTokenResult toDomain(GenerateJoinTokenResponse response) {
    return new GenerateJoinTokenResult(
        response.getToken(),
        WireEnum.parse(Role.class, "join token role", response.getRole()),
        TimestampProtoMapper.toInstant(response.getExpiresAt()));
  }
}
