package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.JoinTokenProtoMapper;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenResponse;
import dev.warren.domain.error.NotImplementedException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;

/**
 * GenerateJoinToken as a plain call, and JoinCluster, which needs mutual TLS and a multi-manager
 * Raft group (issue 4): it answers UNIMPLEMENTED saying so.
 */
final class JoinTokenRpcs {
  private final GenerateJoinTokenUseCase generate;

  JoinTokenRpcs(GenerateJoinTokenUseCase generate) {
    this.generate = Checks.notNull("generate join token use case", generate);
  }

  GenerateJoinTokenResponse generate(GenerateJoinTokenRequest request) {
    return JoinTokenProtoMapper.toProto(generate.generate(JoinTokenProtoMapper.toDomain(request)));
  }

  static NotImplementedException joinClusterNotImplemented() {
    return new NotImplementedException(
        "JoinCluster is not available yet: adding a manager needs mutual TLS between managers and"
            + " Raft membership changes, which come with cluster security (issue 4)");
  }
}
