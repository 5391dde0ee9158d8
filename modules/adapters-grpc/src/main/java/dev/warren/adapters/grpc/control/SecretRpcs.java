package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateSecretMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteSecretMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetSecretByNameMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListSecretsMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.interceptor.CallerContext;
import dev.warren.adapters.grpc.mapping.SecretProtoMapper;
import dev.warren.adapters.grpc.proto.CreateSecretResponse;
import dev.warren.adapters.grpc.proto.DeleteSecretResponse;
import dev.warren.adapters.grpc.proto.GetSecretByNameResponse;
import dev.warren.adapters.grpc.proto.ListSecretsResponse;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.SecretUseCases;
import java.util.List;

/**
 * The secret RPCs. Only GetSecretByName may carry a payload, when the use case found the caller
 * (from the call's context) entitled to it.
 */
public final class SecretRpcs {
  private SecretRpcs() {}

  public static List<ServerRpc<?, ?>> declare(SecretUseCases useCases) {
    return List.of(
        ServerRpc.write(
            getCreateSecretMethod(),
            administrators(),
            request -> {
              var created = useCases.create().create(SecretProtoMapper.toDomain(request));
              return CreateSecretResponse.newBuilder()
                  .setSecret(SecretProtoMapper.toProto(created))
                  .build();
            }),
        ServerRpc.read(
            getGetSecretByNameMethod(),
            anyMember(),
            request -> {
              var found =
                  useCases.read().read(CallerContext.current(), SecretProtoMapper.toDomain(request));
              return GetSecretByNameResponse.newBuilder()
                  .setSecret(SecretProtoMapper.toProto(found))
                  .build();
            }),
        ServerRpc.read(
            getListSecretsMethod(),
            anyMember(),
            request -> {
              var secrets =
                  useCases.list().list(new ListSecretsRequest(ReadConsistency.LINEARIZABLE));
              return ListSecretsResponse.newBuilder()
                  .addAllSecrets(secrets.stream().map(SecretProtoMapper::toProto).toList())
                  .build();
            }),
        ServerRpc.write(
            getDeleteSecretMethod(),
            administrators(),
            request -> {
              useCases
                  .delete()
                  .delete(new DeleteSecretRequest(SecretProtoMapper.secretId(request.getId())));
              return DeleteSecretResponse.newBuilder().setStatus(Statuses.OK).build();
            }));
  }
}
