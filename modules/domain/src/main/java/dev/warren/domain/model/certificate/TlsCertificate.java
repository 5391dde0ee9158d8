package dev.warren.domain.model.certificate;

import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A user's TLS certificate for ingresses; its private key is kept sealed like a secret. */
public record TlsCertificate(
    CertificateId id,
    String name,
    List<String> hosts,
    Bytes certPem,
    SealedData sealedKeyPem,
    String issuer,
    Instant notBefore,
    Instant notAfter,
    boolean autoRenew,
    Map<String, String> labels,
    Instant createdAt,
    Instant updatedAt) {

  public TlsCertificate {
    Checks.notNull("certificate id", id);
    Checks.name("certificate name", name);
    hosts = Checks.list("certificate hosts", hosts);
    Checks.notNull("certificate pem", certPem);
    Checks.notNull("certificate key", sealedKeyPem);
    Checks.notNull("certificate issuer", issuer);
    Checks.notNull("not before", notBefore);
    Checks.notNull("not after", notAfter);
    labels = Checks.map("certificate labels", labels);
    Checks.notNull("created at", createdAt);
    Checks.notNull("updated at", updatedAt);
  }
}
