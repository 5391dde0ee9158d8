package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateSecretMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteSecretMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetSecretByNameMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListSecretsMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.interceptor.CallerContext;
import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.mapping.SecretProtoMapper;
import dev.warren.adapters.grpc.proto.CreateSecretRequest;
import dev.warren.adapters.grpc.proto.CreateSecretResponse;
import dev.warren.adapters.grpc.proto.DeleteSecretRequest;
import dev.warren.adapters.grpc.proto.DeleteSecretResponse;
import dev.warren.adapters.grpc.proto.GetSecretByNameRequest;
import dev.warren.adapters.grpc.proto.GetSecretByNameResponse;
import dev.warren.adapters.grpc.proto.ListSecretsRequest;
import dev.warren.adapters.grpc.proto.ListSecretsResponse;
import dev.warren.domain.port.in.SecretUseCases;
import java.util.List;

/**
 * The secret RPCs. Only GetSecretByName may carry a payload, when the use case found the caller
 * (from the call's context) entitled to it.
 */
public record SecretRpcs(SecretUseCases useCases) {

  public List<ServerRpc<?, ?>> declare() {
    return List.of(
        write(getCreateSecretMethod(), administrators(), this::create),
        read(getGetSecretByNameMethod(), anyMember(), this::getByName),
        read(getListSecretsMethod(), anyMember(), this::list),
        write(getDeleteSecretMethod(), administrators(), this::delete));
  }

  private CreateSecretResponse create(CreateSecretRequest request) {
    var created = useCases.create().create(SecretProtoMapper.toDomain(request));
    return CreateSecretResponse.newBuilder().setSecret(SecretProtoMapper.toProto(created)).build();
  }

  private GetSecretByNameResponse getByName(GetSecretByNameRequest request) {
    var found = useCases.read().read(CallerContext.current(), SecretProtoMapper.toDomain(request));
    return GetSecretByNameResponse.newBuilder().setSecret(SecretProtoMapper.toProto(found)).build();
  }

  private ListSecretsResponse list(ListSecretsRequest request) {
    var secrets =
        useCases
            .list()
            .list(
                new dev.warren.domain.port.in.ListSecretsRequest(
                    ReadConsistencyInterceptor.current()));
    return ListSecretsResponse.newBuilder()
        .addAllSecrets(secrets.stream().map(SecretProtoMapper::toProto).toList())
        .build();
  }

  private DeleteSecretResponse delete(DeleteSecretRequest request) {
    useCases
        .delete()
        .delete(
            new dev.warren.domain.port.in.DeleteSecretRequest(
                SecretProtoMapper.secretId(request.getId())));
    return DeleteSecretResponse.newBuilder().setStatus(Statuses.OK).build();
  }
}
