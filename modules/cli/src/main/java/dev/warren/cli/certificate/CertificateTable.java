package dev.warren.cli.certificate;

import dev.warren.cli.kit.NamedTable;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import java.time.Instant;
import java.util.List;

/** The {@code ls} table of certificates. */
final class CertificateTable {
  private static final NamedTable<TlsCertificateInfo> TABLE =
      new NamedTable<>(
          List.of("HOSTS", "ISSUER", "EXPIRES"),
          certificate -> certificate.id().value(),
          TlsCertificateInfo::name,
          TlsCertificateInfo::createdAt);

  private CertificateTable() {}

  static String table(List<TlsCertificateInfo> certificates, Instant now) {
    return TABLE.render(
        certificates,
        now,
        certificate ->
            List.of(
                String.join(",", certificate.hosts()),
                certificate.issuer(),
                expires(certificate, now)));
  }

  /** The expiry date, flagged once it has passed. */
  static String expires(TlsCertificateInfo certificate, Instant now) {
    String date = certificate.notAfter().toString();
    return certificate.notAfter().isAfter(now) ? date : date + " (expired)";
  }
}
