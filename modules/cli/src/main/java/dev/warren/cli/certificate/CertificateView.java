package dev.warren.cli.certificate;

import dev.warren.domain.model.certificate.TlsCertificateInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A certificate as JSON shows it: the PEM as text rather than a byte count. */
public record CertificateView(
    String id,
    String name,
    List<String> hosts,
    String issuer,
    Instant notBefore,
    Instant notAfter,
    boolean autoRenew,
    Map<String, String> labels,
    Instant createdAt,
    Instant updatedAt,
    String certPem) {

  public static CertificateView of(TlsCertificateInfo certificate) {
    return new CertificateView(
        certificate.id().value(),
        certificate.name(),
        certificate.hosts(),
        certificate.issuer(),
        certificate.notBefore(),
        certificate.notAfter(),
        certificate.autoRenew(),
        certificate.labels(),
        certificate.createdAt(),
        certificate.updatedAt(),
        new String(certificate.certPem().toArray(), StandardCharsets.US_ASCII));
  }
}
