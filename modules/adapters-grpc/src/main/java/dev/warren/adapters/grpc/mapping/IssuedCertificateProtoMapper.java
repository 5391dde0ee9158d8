package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.RequestCertificateResponse;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.tls.PemMaterial;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * RequestCertificate to and from domain values. On the wire every field is PEM in bytes, as in
 * Warren: {@code certificate}, {@code ca_cert}, and {@code private_key} (PKCS#1) only when the
 * manager generated the key; our clients send {@code csr_pem} and get no key back. The name travels
 * as {@code node_id}. Tokens and keys are copied, never logged.
 */
public final class IssuedCertificateProtoMapper {
  private IssuedCertificateProtoMapper() {}

  public static RequestCertificateRequest toDomain(
      dev.warren.adapters.grpc.proto.RequestCertificateRequest request) {
    Optional<String> csr =
        request.getCsrPem().isEmpty()
            ? Optional.empty()
            : Optional.of(request.getCsrPem().toString(StandardCharsets.US_ASCII));
    return new RequestCertificateRequest(request.getNodeId(), request.getToken(), csr);
  }

  public static dev.warren.adapters.grpc.proto.RequestCertificateRequest toProto(
      RequestCertificateRequest request) {
    var builder =
        dev.warren.adapters.grpc.proto.RequestCertificateRequest.newBuilder()
            .setNodeId(request.name())
            .setToken(request.token());
    request
        .csrPem()
        .ifPresent(
            pem ->
                builder.setCsrPem(
                    com.google.protobuf.ByteString.copyFrom(pem, StandardCharsets.US_ASCII)));
    return builder.build();
  }

  public static RequestCertificateResponse toProto(IssuedCertificate issued) {
    var builder =
        RequestCertificateResponse.newBuilder()
            .setCertificate(bytes(issued.certificatePem()))
            .setCaCert(bytes(issued.caCertificatePem()));
    issued.privateKeyPem().ifPresent(key -> builder.setPrivateKey(bytes(key)));
    return builder.build();
  }

  /**
   * The response as the domain value; serial and validity are read from the certificate itself.
   *
   * @throws InvalidSpecException if the certificate or CA certificate is missing or not X.509 PEM
   */
  public static IssuedCertificate toDomain(RequestCertificateResponse response) {
    String certificatePem = response.getCertificate().toString(StandardCharsets.US_ASCII);
    String caPem = response.getCaCert().toString(StandardCharsets.US_ASCII);
    if (caPem.isBlank()) {
      throw new InvalidSpecException("the manager's answer holds no CA certificate");
    }
    X509Certificate certificate = parse(certificatePem);
    Optional<String> key =
        response.getPrivateKey().isEmpty()
            ? Optional.empty()
            : Optional.of(response.getPrivateKey().toString(StandardCharsets.US_ASCII));
    return new IssuedCertificate(
        certificatePem,
        key,
        caPem,
        certificate.getSerialNumber().toString(16),
        certificate.getNotBefore().toInstant(),
        certificate.getNotAfter().toInstant());
  }

  private static X509Certificate parse(String pem) {
    return PemMaterial.certificates("the manager's answer", pem).getFirst();
  }

  private static com.google.protobuf.ByteString bytes(String pem) {
    return com.google.protobuf.ByteString.copyFrom(pem, StandardCharsets.US_ASCII);
  }
}
