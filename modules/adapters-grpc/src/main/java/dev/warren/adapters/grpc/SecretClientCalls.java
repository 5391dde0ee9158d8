package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.mapping.SecretProtoMapper;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import java.util.List;

/** The secret use cases over warren.v1, for {@link GrpcWarrenClient}. */
record SecretClientCalls(StubCaller caller) {

  SecretMetadata create(CreateSecretRequest request) {
    var message = SecretProtoMapper.toProto(request);
    return SecretProtoMapper.toDomain(caller.call(stub -> stub.createSecret(message)).getSecret());
  }

  SecretMetadata get(GetSecretByNameRequest request) {
    var message = SecretProtoMapper.toProto(request);
    return SecretProtoMapper.toDomain(
        caller.call(stub -> stub.getSecretByName(message)).getSecret());
  }

  List<SecretMetadata> list() {
    var listed =
        caller.call(
            stub ->
                stub.listSecrets(
                    dev.warren.adapters.grpc.proto.ListSecretsRequest.getDefaultInstance()));
    return listed.getSecretsList().stream().map(SecretProtoMapper::toDomain).toList();
  }

  void delete(DeleteSecretRequest request) {
    var message =
        dev.warren.adapters.grpc.proto.DeleteSecretRequest.newBuilder()
            .setId(request.id().value())
            .build();
    caller.call(stub -> stub.deleteSecret(message));
  }
}
