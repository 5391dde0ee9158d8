package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.SecretProtoMapper;
import dev.warren.adapters.grpc.proto.CreateSecretRequest;
import dev.warren.adapters.grpc.proto.CreateSecretResponse;
import dev.warren.adapters.grpc.proto.DeleteSecretRequest;
import dev.warren.adapters.grpc.proto.DeleteSecretResponse;
import dev.warren.adapters.grpc.proto.GetSecretByNameRequest;
import dev.warren.adapters.grpc.proto.GetSecretByNameResponse;
import dev.warren.adapters.grpc.proto.ListSecretsRequest;
import dev.warren.adapters.grpc.proto.ListSecretsResponse;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.adapters.grpc.interceptor.CallerContext;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.in.ReadConsistency;

/**
 * The secret RPCs as blocking request-to-response functions over the use cases; failures are the
 * use cases' domain exceptions. Only GetSecretByName may carry a payload, when the use case found
 * the caller (from the call's context) entitled to it.
 */
final class SecretCalls {
  private final CreateSecretUseCase create;
  private final ReadSecretUseCase getByName;
  private final ListSecretsUseCase list;
  private final DeleteSecretUseCase delete;

  SecretCalls(
      CreateSecretUseCase create,
      ReadSecretUseCase getByName,
      ListSecretsUseCase list,
      DeleteSecretUseCase delete) {
    this.create = Checks.notNull("create secret use case", create);
    this.getByName = Checks.notNull("get secret by name use case", getByName);
    this.list = Checks.notNull("list secrets use case", list);
    this.delete = Checks.notNull("delete secret use case", delete);
  }

  CreateSecretResponse create(CreateSecretRequest request) {
    var created = create.create(SecretProtoMapper.toDomain(request));
    return CreateSecretResponse.newBuilder().setSecret(SecretProtoMapper.toProto(created)).build();
  }

  GetSecretByNameResponse getByName(GetSecretByNameRequest request) {
    var found = getByName.read(CallerContext.current(), SecretProtoMapper.toDomain(request));
    return GetSecretByNameResponse.newBuilder().setSecret(SecretProtoMapper.toProto(found)).build();
  }

  ListSecretsResponse list(ListSecretsRequest request) {
    var secrets =
        list.list(new dev.warren.domain.port.in.ListSecretsRequest(ReadConsistency.LINEARIZABLE));
    return ListSecretsResponse.newBuilder()
        .addAllSecrets(secrets.stream().map(SecretProtoMapper::toProto).toList())
        .build();
  }

  DeleteSecretResponse delete(DeleteSecretRequest request) {
    delete.delete(
        new dev.warren.domain.port.in.DeleteSecretRequest(
            SecretProtoMapper.secretId(request.getId())));
    return DeleteSecretResponse.newBuilder()
        .setStatus(WarrenApiGrpcEndpoint.DELETED_STATUS)
        .build();
  }
}
