package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.mapping.JoinTokenProtoMapper;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenResponse;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;
import dev.warren.domain.port.in.GenerateJoinTokenUseCase;

/**
 * GenerateJoinToken on a remote manager; obtained from {@link GrpcWarrenClient#joinTokens()},
 * sharing its connection and deadline. Thread-safe.
 */
public final class GrpcJoinTokenClient implements GenerateJoinTokenUseCase {
  private final StubCaller calls;

  GrpcJoinTokenClient(StubCaller calls) {
    this.calls = calls;
  }

  @Override
  public GenerateJoinTokenResult generate(GenerateJoinTokenRequest request) {
    GenerateJoinTokenResponse response =
        calls.call(stub -> stub.generateJoinToken(JoinTokenProtoMapper.toProto(request)));
    return JoinTokenProtoMapper.toDomain(response);
  }
}
