package dev.warren.adapters.grpc;

import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.port.in.RequestCertificateRequest;
import dev.warren.domain.port.in.RequestCertificateUseCase;
import dev.warren.domain.port.out.IssuedCertificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers RequestCertificate with one fixed, real X.509 certificate (self-signed P-256, CN
 * worker-1, made with openssl for these tests), a fake RSA key when no CSR came, and refuses the
 * token {@link #ROTATED_TOKEN}. Records the requests.
 */
final class FakeCertificateUseCase implements RequestCertificateUseCase {
  static final String CERTIFICATE_PEM =
      "-----BEGIN CERTIFICATE-----\n"
          + "MIIBuDCCAV2gAwIBAgIUDNUGQWB9Yogwqn68ktbkqoGUhj4wCgYIKoZIzj0EAwIw\n"
          + "MTELMAkGA1UECgwCYzExDzANBgNVBAsMBndvcmtlcjERMA8GA1UEAwwId29ya2Vy\n"
          + "LTEwHhcNMjYxMTI1MTYwMTA0WhcNMzYxMTIyMTYwMTA0WjAxMQswCQYDVQQKDAJj\n"
          + "MTEPMA0GA1UECwwGd29ya2VyMREwDwYDVQQDDAh3b3JrZXItMTBZMBMGByqGSM49\n"
          + "AgEGCCqGSM49AwEHA0IABKu4/m50VYjSgM89uS3hZscWsVenqhstw6UIowxDPP8k\n"
          + "h47ypPef0gGqbIr7QgTfNZCTqleuD7vMaLDQMxBJEpSjUzBRMB0GA1UdDgQWBBSM\n"
          + "GPURMdtG/Tl5a+f+c7tH4kSmGTAfBgNVHSMEGDAWgBSMGPURMdtG/Tl5a+f+c7tH\n"
          + "4kSmGTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQDhO7FYrl0K\n"
          + "MokzEzfnKOkYKHgj5Pal5+a8by6xBIU/3AIhAP4vNlTixFa+8sUjrBZuN5mF4Dgp\n"
          + "Xq9TxB2keMXr5Mla\n"
          + "-----END CERTIFICATE-----\n";
  static final String SERIAL_HEX = "cd50641607d628830aa7ebc92d6e4aa8194863e";
  static final Instant NOT_BEFORE = Instant.parse("2026-11-25T16:01:04Z");
  static final Instant NOT_AFTER = Instant.parse("2036-11-22T16:01:04Z");
  static final String CA_PEM = CERTIFICATE_PEM;
  static final String KEY_PEM =
      "-----BEGIN RSA PRIVATE KEY-----\nZmFrZQ==\n-----END RSA PRIVATE KEY-----\n";
  static final String ROTATED_TOKEN = "WRN-1-abc-rotated";

  final List<RequestCertificateRequest> requests = new CopyOnWriteArrayList<>();

  @Override
  public IssuedCertificate request(RequestCertificateRequest request) {
    if (request.token().equals(ROTATED_TOKEN)) {
      throw new PermissionDeniedException(
          "the worker join token was rotated at 2026-11-25T10:00:00Z; ask an administrator for"
              + " the current token");
    }
    requests.add(request);
    return new IssuedCertificate(
        CERTIFICATE_PEM,
        request.csrPem().isPresent() ? Optional.empty() : Optional.of(KEY_PEM),
        CA_PEM,
        SERIAL_HEX,
        NOT_BEFORE,
        NOT_AFTER);
  }
}
