package dev.warren.adapters.grpc.mapping;

import com.google.protobuf.ByteString;
import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.SecretReading;

/**
 * Secrets and their requests to and from warren.v1 messages. The {@code data} of a {@code Secret}
 * message is filled only in a GetSecretByName answer to a caller entitled to the plaintext (see
 * {@link #toProto(SecretReading)}); a payload a server sends is not read by our client. The payload
 * of a CreateSecret request round-trips.
 *
 * <p>All methods throw {@link InvalidSpecException}, naming the field, when a message does not make
 * a valid domain value.
 */
public final class SecretProtoMapper {
  private SecretProtoMapper() {}

  /** A secret id from the wire, where "" means the caller gave none. */
  public static SecretId secretId(String id) {
    return WireIds.required("secret", id, SecretId::of);
  }

  /** The wire form of a secret: id, name and creation time, never data. */
  public static dev.warren.adapters.grpc.proto.Secret toProto(SecretMetadata secret) {
    return dev.warren.adapters.grpc.proto.Secret.newBuilder()
        .setId(secret.id().value())
        .setName(secret.name())
        .setCreatedAt(TimestampProtoMapper.toProto(secret.createdAt()))
        .build();
  }

  /** A GetSecretByName answer: the metadata, and {@code data} only when the reading holds it. */
  public static dev.warren.adapters.grpc.proto.Secret toProto(SecretReading reading) {
    var message = toProto(reading.metadata()).toBuilder();
    reading.plaintext().ifPresent(data -> message.setData(ByteString.copyFrom(data.toArray())));
    return message.build();
  }

  /** A secret's metadata as a manager sent it; {@code data} is ignored. */
  public static SecretMetadata toDomain(dev.warren.adapters.grpc.proto.Secret proto) {
    return new SecretMetadata(
        secretId(proto.getId()),
        proto.getName(),
        TimestampProtoMapper.toInstant(proto.getCreatedAt()));
  }

  /**
   * @throws InvalidSpecException also for an empty payload or one over 500 KiB
   */
  public static CreateSecretRequest toDomain(
      dev.warren.adapters.grpc.proto.CreateSecretRequest proto) {
    return new CreateSecretRequest(proto.getName(), Bytes.of(proto.getData().toByteArray()));
  }

  public static dev.warren.adapters.grpc.proto.CreateSecretRequest toProto(
      CreateSecretRequest request) {
    return dev.warren.adapters.grpc.proto.CreateSecretRequest.newBuilder()
        .setName(request.name())
        .setData(ByteString.copyFrom(request.data().toArray()))
        .build();
  }

  /** warren.v1 reads are linearizable: the wire has no way to ask for less. */
  public static GetSecretByNameRequest toDomain(
      dev.warren.adapters.grpc.proto.GetSecretByNameRequest proto) {
    return new GetSecretByNameRequest(proto.getName(), ReadConsistencyInterceptor.current());
  }

  public static dev.warren.adapters.grpc.proto.GetSecretByNameRequest toProto(
      GetSecretByNameRequest request) {
    return dev.warren.adapters.grpc.proto.GetSecretByNameRequest.newBuilder()
        .setName(request.name())
        .build();
  }
}
