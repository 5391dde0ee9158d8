package dev.warren.cli.certificate;

import dev.warren.cli.CliPorts;
import dev.warren.cli.kit.InspectCommand;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warren certificate inspect NAME|ID}: one certificate in detail (never its key). */
@Command(name = "inspect")
public final class CertificateInspectCommand extends InspectCommand<TlsCertificateInfo> {
  @Option(names = "--pem", description = "Print only the certificate's PEM.")
  boolean pem;

  CertificateInspectCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  protected void print(TlsCertificateInfo found) {
    if (pem) {
      out().print(new String(found.certPem().toArray(), StandardCharsets.US_ASCII));
      out().flush();
    } else {
      super.print(found);
    }
  }

  static String details(TlsCertificateInfo certificate, Instant now) {
    Details details =
        Details.aligned(11, now)
            .line("ID:", certificate.id().value())
            .line("Name:", certificate.name())
            .line("Hosts:", String.join(", ", certificate.hosts()))
            .line("Issuer:", certificate.issuer())
            .line("Not before:", certificate.notBefore())
            .line("Not after:", CertificateCommand.expires(certificate, now))
            .line("Auto renew:", certificate.autoRenew() ? "yes" : "no");
    certificate.labels().forEach((key, value) -> details.line("Label:", key + "=" + value));
    return details.since("Created:", certificate.createdAt()).text();
  }
}
