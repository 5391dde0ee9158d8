package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/** The cluster CA's public certificate and the digest that join tokens pin. */
public record CaCertificate(Bytes certificatePem, String sha256Digest, Instant notAfter) {
  public CaCertificate {
    Checks.notNull("certificate pem", certificatePem);
    Checks.notBlank("sha256 digest", sha256Digest);
    Checks.notNull("not after", notAfter);
  }
}
