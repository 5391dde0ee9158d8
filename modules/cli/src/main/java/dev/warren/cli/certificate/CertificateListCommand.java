package dev.warren.cli.certificate;

import dev.warren.cli.kit.ListCommand;
import dev.warren.cli.CliPorts;
import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code warren certificate ls}: every TLS certificate, ordered by name (never keys). */
@Command(name = "ls", aliases = "list", description = "List TLS certificates.")
public final class CertificateListCommand extends ListCommand<TlsCertificateInfo> {
  CertificateListCommand(CliPorts ports) {
    super(
        ports,
        CertificateCommand.NOUN,
        manager -> manager.certificates().list(new ListTlsCertificatesRequest(ReadConsistency.LINEARIZABLE)));
  }

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
