package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.List;

/**
 * What {@link CertificateInspectorPort} read from a certificate: its DNS subject alternative names
 * (lowercase, in certificate order), its issuer's common name and its validity window.
 */
public record InspectedCertificate(
    List<String> dnsNames, String issuer, Instant notBefore, Instant notAfter) {
  public InspectedCertificate {
    dnsNames = Checks.list("dns names", dnsNames);
    Checks.notNull("issuer", issuer);
    Checks.notNull("not before", notBefore);
    Checks.notNull("not after", notAfter);
  }
}
