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
    // Everything but the key is checked (and copied) as the public view checks it.
    var publicPart =
        new TlsCertificateInfo(
            id, name, hosts, certPem, issuer, notBefore, notAfter, autoRenew, labels, createdAt,
            updatedAt);
    hosts = publicPart.hosts();
    labels = publicPart.labels();
    Checks.notNull("certificate key", sealedKeyPem);
  }
}
