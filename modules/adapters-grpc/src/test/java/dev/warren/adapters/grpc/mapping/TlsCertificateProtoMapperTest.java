package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static dev.warren.adapters.grpc.mapping.RoundTrips.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.TLSCertificate;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.CreateTlsCertificateRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlsCertificateProtoMapperTest {
  private static final byte[] CERT =
      "-----BEGIN CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] KEY =
      "-----BEGIN PRIVATE KEY-----\n".getBytes(StandardCharsets.US_ASCII);

  private static Timestamp at(Instant instant) {
    return Timestamp.newBuilder()
        .setSeconds(instant.getEpochSecond())
        .setNanos(instant.getNano())
        .build();
  }

  @Test
  void certificateMapsEveryFieldButTheKeyBothWays() {
    var certificate =
        new TlsCertificateInfo(
            CertificateId.of("cert-1"),
            "www",
            List.of("example.com", "*.example.com"),
            Bytes.of(CERT),
            "Let's Encrypt R3",
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z"),
            true,
            Map.of("owner", "web"),
            Instant.parse("2026-02-01T10:00:00.5Z"),
            Instant.parse("2026-02-02T10:00:00.25Z"));

    TLSCertificate proto = TlsCertificateProtoMapper.toProto(certificate);

    assertThat(proto)
        .isEqualTo(
            TLSCertificate.newBuilder()
                .setId("cert-1")
                .setName("www")
                .addHosts("example.com")
                .addHosts("*.example.com")
                .setCertPem(ByteString.copyFrom(CERT))
                .setIssuer("Let's Encrypt R3")
                .setNotBefore(at(certificate.notBefore()))
                .setNotAfter(at(certificate.notAfter()))
                .setAutoRenew(true)
                .putLabels("owner", "web")
                .setCreatedAt(at(certificate.createdAt()))
                .setUpdatedAt(at(certificate.updatedAt()))
                .build());
    assertThat(proto.getKeyPem().isEmpty()).isTrue();
    assertThat(TlsCertificateProtoMapper.toDomain(proto)).isEqualTo(certificate);
    assertThat(
            TlsCertificateProtoMapper.toDomain(
                proto.toBuilder().setKeyPem(ByteString.copyFrom(KEY)).build()))
        .isEqualTo(certificate);
  }

  @Test
  void createRequestMapsEveryFieldBothWays() {
    var request =
        new CreateTlsCertificateRequest(
            "www", List.of("api.example.com"), Bytes.of(CERT), Bytes.of(KEY), Map.of("a", "b"));

    CreateTLSCertificateRequest proto =
        roundTrip(request, TlsCertificateProtoMapper::toProto, TlsCertificateProtoMapper::toDomain);

    assertThat(proto)
        .isEqualTo(
            CreateTLSCertificateRequest.newBuilder()
                .setName("www")
                .addHosts("api.example.com")
                .setCertPem(ByteString.copyFrom(CERT))
                .setKeyPem(ByteString.copyFrom(KEY))
                .putLabels("a", "b")
                .build());
  }

  @Test
  void getAndDeleteRequestsNameTheCertificateByIdOrName() {
    assertThat(TlsCertificateProtoMapper.toGetRequest(new CertificateRef.ByName("www")).getName())
        .isEqualTo("www");
    assertThat(
            TlsCertificateProtoMapper.toDeleteRequest(
                    new CertificateRef.ById(CertificateId.of("cert-1")))
                .getId())
        .isEqualTo("cert-1");
  }

  @Test
  void missingPemsAreRejectedNamingTheField() {
    var noKey =
        CreateTLSCertificateRequest.newBuilder()
            .setName("www")
            .setCertPem(ByteString.copyFrom(CERT))
            .build();

    assertInvalid(() -> TlsCertificateProtoMapper.toDomain(noKey))
        .hasMessage("certificate key pem is required");
  }
}
