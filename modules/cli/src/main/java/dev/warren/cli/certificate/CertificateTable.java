package dev.warren.cli.certificate;

import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import java.time.Instant;
import java.util.List;

/** The {@code ls} table of certificates. */
final class CertificateTable {
  private CertificateTable() {}

  static String table(List<TlsCertificateInfo> certificates, Instant now) {
    Table table = Table.withColumns("ID", "NAME", "HOSTS", "ISSUER", "EXPIRES", "CREATED");
    for (TlsCertificateInfo certificate : certificates) {
      table.row(
          certificate.id().value(),
          certificate.name(),
          String.join(",", certificate.hosts()),
          certificate.issuer(),
          expires(certificate, now),
          RelativeTime.ago(certificate.createdAt(), now));
    }
    return table.render();
  }

  /** The expiry date, flagged once it has passed. */
  static String expires(TlsCertificateInfo certificate, Instant now) {
    String date = certificate.notAfter().toString();
    return certificate.notAfter().isAfter(now) ? date : date + " (expired)";
  }
}
