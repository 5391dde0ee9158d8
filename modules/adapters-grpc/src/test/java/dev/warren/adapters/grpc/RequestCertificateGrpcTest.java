package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.warren.adapters.grpc.proto.RequestCertificateRequest;
import dev.warren.adapters.grpc.proto.RequestCertificateResponse;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.port.out.IssuedCertificate;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestCertificateGrpcTest extends LoopbackServerTest {
  private static final String TOKEN = "WRN-1-abc-s3cr3t";
  private static final String CSR =
      "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n";

  @Test
  void aCsrIsSentAndTheCertificateComesBackWithoutKey() {
    IssuedCertificate issued =
        client.requestCertificate(
            new dev.warren.domain.port.in.RequestCertificateRequest(
                "worker-1", TOKEN, Optional.of(CSR)));

    assertThat(useCases.certificates.requests)
        .containsExactly(
            new dev.warren.domain.port.in.RequestCertificateRequest(
                "worker-1", TOKEN, Optional.of(CSR)));
    assertThat(issued.certificatePem()).isEqualTo(FakeCertificateUseCase.CERTIFICATE_PEM);
    assertThat(issued.caCertificatePem()).isEqualTo(FakeCertificateUseCase.CA_PEM);
    assertThat(issued.privateKeyPem()).isEmpty();
    assertThat(issued.serialHex()).isEqualTo(FakeCertificateUseCase.SERIAL_HEX);
    assertThat(issued.notBefore()).isEqualTo(FakeCertificateUseCase.NOT_BEFORE);
    assertThat(issued.notAfter()).isEqualTo(FakeCertificateUseCase.NOT_AFTER);
  }

  @Test
  void aWarrenClientWithoutCsrGetsPemFieldsIncludingThePkcs1Key() {
    RequestCertificateResponse response =
        WarrenAPIGrpc.newBlockingStub(channel)
            .requestCertificate(
                RequestCertificateRequest.newBuilder()
                    .setNodeId("worker-1")
                    .setToken(TOKEN)
                    .build());

    assertThat(response.getCertificate().toString(StandardCharsets.US_ASCII))
        .isEqualTo(FakeCertificateUseCase.CERTIFICATE_PEM);
    assertThat(response.getCaCert().toString(StandardCharsets.US_ASCII))
        .isEqualTo(FakeCertificateUseCase.CA_PEM);
    assertThat(response.getPrivateKey().toString(StandardCharsets.US_ASCII))
        .isEqualTo(FakeCertificateUseCase.KEY_PEM)
        .startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(useCases.certificates.requests.getFirst().csrPem()).isEmpty();
  }

  @Test
  void theCsrFieldTravelsAsBytes() {
    WarrenAPIGrpc.newBlockingStub(channel)
        .requestCertificate(
            RequestCertificateRequest.newBuilder()
                .setNodeId("worker-1")
                .setToken(TOKEN)
                .setCsrPem(ByteString.copyFrom(CSR, StandardCharsets.US_ASCII))
                .build());

    assertThat(useCases.certificates.requests.getFirst().csrPem()).contains(CSR);
  }

  @Test
  void aRefusedTokenIsPermissionDeniedWithTheReason() {
    assertRefused(
            () ->
                WarrenAPIGrpc.newBlockingStub(channel)
                    .requestCertificate(
                        RequestCertificateRequest.newBuilder()
                            .setNodeId("worker-1")
                            .setToken(FakeCertificateUseCase.ROTATED_TOKEN)
                            .build()),
            Status.Code.PERMISSION_DENIED)
        .contains("was rotated at");
    assertThatThrownBy(
            () ->
                client.requestCertificate(
                    new dev.warren.domain.port.in.RequestCertificateRequest(
                        "worker-1", FakeCertificateUseCase.ROTATED_TOKEN, Optional.empty())))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("ask an administrator for the current token");
  }
}
