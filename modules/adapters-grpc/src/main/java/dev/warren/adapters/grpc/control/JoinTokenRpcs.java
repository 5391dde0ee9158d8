package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.JoinClusterProtoMapper;
import dev.warren.adapters.grpc.mapping.JoinTokenProtoMapper;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenResponse;
import dev.warren.adapters.grpc.proto.JoinClusterRequest;
import dev.warren.adapters.grpc.proto.JoinClusterResponse;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;
import dev.warren.domain.port.in.JoinClusterUseCase;

/** GenerateJoinToken, and JoinCluster, which redeems a manager token for a place in the group. */
final class JoinTokenRpcs {
  private final GenerateJoinTokenUseCase generate;
  private final JoinClusterUseCase join;

  JoinTokenRpcs(GenerateJoinTokenUseCase generate, JoinClusterUseCase join) {
    this.generate = Checks.notNull("generate join token use case", generate);
    this.join = Checks.notNull("join cluster use case", join);
  }

  GenerateJoinTokenResponse generate(GenerateJoinTokenRequest request) {
    return JoinTokenProtoMapper.toProto(generate.generate(JoinTokenProtoMapper.toDomain(request)));
  }

  JoinClusterResponse join(JoinClusterRequest request) {
    return JoinClusterProtoMapper.toProto(join.join(JoinClusterProtoMapper.toDomain(request)));
  }
}
