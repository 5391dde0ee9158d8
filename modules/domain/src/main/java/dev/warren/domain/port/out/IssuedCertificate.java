package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A certificate the cluster CA signed, in PEM, with the key the CA generated for it if it did (none
 * for a CSR) and the CA certificate to trust. {@link #toString} never shows the key.
 */
public record IssuedCertificate(
    String certificatePem,
    Optional<String> privateKeyPem,
    String caCertificatePem,
    String serialHex,
    Instant notBefore,
    Instant notAfter) {
  public IssuedCertificate {
    Checks.notBlank("certificate pem", certificatePem);
    Checks.notNull("private key pem", privateKeyPem);
    Checks.notBlank("ca certificate pem", caCertificatePem);
    Checks.notBlank("serial", serialHex);
    Checks.notNull("not before", notBefore);
    Checks.notNull("not after", notAfter);
  }

  @Override
  public String toString() {
    return "IssuedCertificate[serial="
        + serialHex
        + ", notBefore="
        + notBefore
        + ", notAfter="
        + notAfter
        + ", privateKey="
        + (privateKeyPem.isPresent() ? "<hidden>" : "none")
        + "]";
  }
}
