package dev.warren.cli.certificate;

import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.port.in.CertificateRef;
import java.util.regex.Pattern;

/** What a user typed to name a certificate: a UUID is an id, anything else a name. */
final class CertificateReferences {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private CertificateReferences() {}

  /**
   * @throws dev.warren.domain.error.InvalidSpecException if it is not a valid name either
   */
  static CertificateRef parse(String idOrName) {
    return UUID.matcher(idOrName).matches()
        ? new CertificateRef.ById(CertificateId.of(idOrName))
        : new CertificateRef.ByName(idOrName);
  }
}
