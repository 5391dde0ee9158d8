package dev.warren.domain.port.out;

import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/**
 * The cluster CA's public certificate, the digest that join tokens pin, and the cluster id the CA
 * was created for (its subject's O), known before the cluster record is replicated.
 */
public record CaCertificate(
    Bytes certificatePem, String sha256Digest, Instant notAfter, ClusterId clusterId) {
  public CaCertificate {
    Checks.notNull("certificate pem", certificatePem);
    Checks.notBlank("sha256 digest", sha256Digest);
    Checks.notNull("not after", notAfter);
    Checks.notNull("cluster id", clusterId);
  }
}
