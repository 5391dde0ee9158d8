package dev.warren.domain.model.certificate;

import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What anyone may see of a stored TLS certificate: everything but its private key. The use cases
 * answer with this, so the key cannot leak through an API by accident.
 */
public record TlsCertificateInfo(
    CertificateId id,
    String name,
    List<String> hosts,
    Bytes certPem,
    String issuer,
    Instant notBefore,
    Instant notAfter,
    boolean autoRenew,
    Map<String, String> labels,
    Instant createdAt,
    Instant updatedAt) {

  public TlsCertificateInfo {
    Checks.notNull("certificate id", id);
    Checks.name("certificate name", name);
    hosts = Checks.list("certificate hosts", hosts);
    Checks.notNull("certificate pem", certPem);
    Checks.notNull("certificate issuer", issuer);
    Checks.notNull("not before", notBefore);
    Checks.notNull("not after", notAfter);
    labels = Checks.map("certificate labels", labels);
    Checks.notNull("created at", createdAt);
    Checks.notNull("updated at", updatedAt);
  }

  /** The public part of {@code certificate}. */
  public static TlsCertificateInfo of(TlsCertificate certificate) {
    return new TlsCertificateInfo(
        certificate.id(),
        certificate.name(),
        certificate.hosts(),
        certificate.certPem(),
        certificate.issuer(),
        certificate.notBefore(),
        certificate.notAfter(),
        certificate.autoRenew(),
        certificate.labels(),
        certificate.createdAt(),
        certificate.updatedAt());
  }
}
