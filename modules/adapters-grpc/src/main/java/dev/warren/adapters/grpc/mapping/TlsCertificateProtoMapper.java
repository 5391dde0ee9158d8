package dev.warren.adapters.grpc.mapping;

import com.google.protobuf.ByteString;
import dev.warren.adapters.grpc.proto.TLSCertificate;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import dev.warren.domain.port.in.TlsCertificateReading;
import java.util.function.Consumer;

/**
 * TLS certificates and their requests to and from warren.v1 messages. Every field round-trips
 * except {@code key_pem} in responses: it is sent only in a GetTLSCertificate answer whose reading
 * holds the key (a manager's, for the ingress) and ignored when received. Requests name a
 * certificate by id when set, else by name.
 *
 * <p>All {@code toDomain} methods throw {@link dev.warren.domain.error.InvalidSpecException},
 * naming the field, when a message does not make a valid domain value.
 */
public final class TlsCertificateProtoMapper {
  private TlsCertificateProtoMapper() {}

  /** A GetTLSCertificate answer: {@code key_pem} only when the reading holds it. */
  public static TLSCertificate toProto(TlsCertificateReading reading) {
    var message = toProto(reading.certificate()).toBuilder();
    reading.keyPem().ifPresent(key -> message.setKeyPem(ByteString.copyFrom(key.toArray())));
    return message.build();
  }

  /** Every field but {@code key_pem}, which stays empty. */
  public static TLSCertificate toProto(TlsCertificateInfo certificate) {
    return TLSCertificate.newBuilder()
        .setId(certificate.id().value())
        .setName(certificate.name())
        .addAllHosts(certificate.hosts())
        .setCertPem(ByteString.copyFrom(certificate.certPem().toArray()))
        .setIssuer(certificate.issuer())
        .setNotBefore(TimestampProtoMapper.toProto(certificate.notBefore()))
        .setNotAfter(TimestampProtoMapper.toProto(certificate.notAfter()))
        .setAutoRenew(certificate.autoRenew())
        .putAllLabels(certificate.labels())
        .setCreatedAt(TimestampProtoMapper.toProto(certificate.createdAt()))
        .setUpdatedAt(TimestampProtoMapper.toProto(certificate.updatedAt()))
        .build();
  }

  /** The certificate's public part; a {@code key_pem} in the message is ignored. */
  public static TlsCertificateInfo toDomain(TLSCertificate message) {
    return new TlsCertificateInfo(
        CertificateId.of(message.getId()),
        message.getName(),
        message.getHostsList(),
        Bytes.of(message.getCertPem().toByteArray()),
        message.getIssuer(),
        TimestampProtoMapper.toInstant(message.getNotBefore()),
        TimestampProtoMapper.toInstant(message.getNotAfter()),
        message.getAutoRenew(),
        message.getLabelsMap(),
        TimestampProtoMapper.toInstant(message.getCreatedAt()),
        TimestampProtoMapper.toInstant(message.getUpdatedAt()));
  }

  public static CreateTlsCertificateRequest toDomain(
      dev.warren.adapters.grpc.proto.CreateTLSCertificateRequest request) {
    return new CreateTlsCertificateRequest(
        request.getName(),
        request.getHostsList(),
        Bytes.of(request.getCertPem().toByteArray()),
        Bytes.of(request.getKeyPem().toByteArray()),
        request.getLabelsMap());
  }

  public static dev.warren.adapters.grpc.proto.CreateTLSCertificateRequest toProto(
      CreateTlsCertificateRequest request) {
    return dev.warren.adapters.grpc.proto.CreateTLSCertificateRequest.newBuilder()
        .setName(request.name())
        .addAllHosts(request.hosts())
        .setCertPem(ByteString.copyFrom(request.certPem().toArray()))
        .setKeyPem(ByteString.copyFrom(request.keyPem().toArray()))
        .putAllLabels(request.labels())
        .build();
  }

  /** The GetTLSCertificate request naming {@code ref}. */
  public static dev.warren.adapters.grpc.proto.GetTLSCertificateRequest toGetRequest(
      CertificateRef ref) {
    var message = dev.warren.adapters.grpc.proto.GetTLSCertificateRequest.newBuilder();
    name(ref, message::setId, message::setName);
    return message.build();
  }

  /** The DeleteTLSCertificate request naming {@code ref}. */
  public static dev.warren.adapters.grpc.proto.DeleteTLSCertificateRequest toDeleteRequest(
      CertificateRef ref) {
    var message = dev.warren.adapters.grpc.proto.DeleteTLSCertificateRequest.newBuilder();
    name(ref, message::setId, message::setName);
    return message.build();
  }

  /** Sets the request's id or its name, whichever {@code ref} holds (the other stays empty). */
  private static void name(CertificateRef ref, Consumer<String> setId, Consumer<String> setName) {
    switch (ref) {
      case CertificateRef.ById byId -> setId.accept(byId.id().value());
      case CertificateRef.ByName byName -> setName.accept(byName.name());
    }
  }
}
