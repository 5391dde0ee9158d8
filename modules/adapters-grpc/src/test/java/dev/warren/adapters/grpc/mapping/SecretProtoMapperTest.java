package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static dev.warren.adapters.grpc.mapping.RoundTrips.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.warren.adapters.grpc.proto.Secret;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretProtoMapperTest {
  private static final Instant CREATED = Instant.parse("2026-11-25T10:15:30.123456789Z");
  private static final byte[] BINARY = {0, 1, (byte) 0x7F, (byte) 0x80, (byte) 0xFF, '\n'};

  @Test
  void metadataMapsIdNameAndCreationTimeAndNeverData() {
    var metadata = new SecretMetadata(SecretId.of("sec-1"), "db-password", CREATED);

    Secret proto = SecretProtoMapper.toProto(metadata);

    assertThat(proto)
        .isEqualTo(
            Secret.newBuilder()
                .setId("sec-1")
                .setName("db-password")
                .setCreatedAt(
                    Timestamp.newBuilder().setSeconds(CREATED.getEpochSecond()).setNanos(123456789))
                .build());
    assertThat(proto.getData()).isEmpty();
    assertThat(SecretProtoMapper.toDomain(proto)).isEqualTo(metadata);
  }

  @Test
  void dataAServerSendsAnywayIsNotRead() {
    var proto =
        Secret.newBuilder()
            .setId("sec-1")
            .setName("db-password")
            .setData(ByteString.copyFrom(BINARY))
            .build();

    assertThat(SecretProtoMapper.toDomain(proto))
        .isEqualTo(new SecretMetadata(SecretId.of("sec-1"), "db-password", Instant.EPOCH));
  }

  @Test
  void createRequestCarriesNameAndBinaryPayloadBothWays() {
    var request = new CreateSecretRequest("tls-key", Bytes.of(BINARY));

    var proto = roundTrip(request, SecretProtoMapper::toProto, SecretProtoMapper::toDomain);

    assertThat(proto.getName()).isEqualTo("tls-key");
    assertThat(proto.getData().toByteArray()).isEqualTo(BINARY);
  }

  @Test
  void createRequestOverTheLimitOrEmptyIsInvalid() {
    var tooBig =
        dev.warren.adapters.grpc.proto.CreateSecretRequest.newBuilder()
            .setName("big")
            .setData(ByteString.copyFrom(new byte[500 * 1024 + 1]))
            .build();
    var empty =
        dev.warren.adapters.grpc.proto.CreateSecretRequest.newBuilder().setName("empty").build();

    assertInvalid(() -> SecretProtoMapper.toDomain(tooBig))
        .hasMessageContaining("the limit is 500 KiB");
    assertInvalid(() -> SecretProtoMapper.toDomain(empty))
        .hasMessageContaining("secret data is empty");
  }

  @Test
  void getByNameIsLinearizableAndRoundTrips() {
    var request = new GetSecretByNameRequest("db-password", ReadConsistency.LINEARIZABLE);

    var proto = roundTrip(request, SecretProtoMapper::toProto, SecretProtoMapper::toDomain);

    assertThat(proto.getName()).isEqualTo("db-password");
    assertInvalid(
            () ->
                SecretProtoMapper.toDomain(
                    dev.warren.adapters.grpc.proto.GetSecretByNameRequest.getDefaultInstance()))
        .hasMessage("secret name is required");
  }

  @Test
  void anEmptyIdIsInvalid() {
    assertInvalid(() -> SecretProtoMapper.secretId("")).hasMessage("secret id is required");
    assertThat(SecretProtoMapper.secretId("sec-1")).isEqualTo(SecretId.of("sec-1"));
  }
}
