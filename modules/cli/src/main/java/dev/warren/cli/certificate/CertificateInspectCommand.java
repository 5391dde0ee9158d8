package dev.warren.cli.certificate;

import dev.warren.cli.CliPorts;
import dev.warren.cli.kit.InspectCommand;
import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warren certificate inspect NAME|ID}: one certificate in detail (never its key). */
@Command(name = "inspect")
public final class CertificateInspectCommand extends InspectCommand<TlsCertificateInfo> {
  private static final String FORMAT = "%-11s %s%n";

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

  static String pretty(TlsCertificateInfo certificate, Instant now) {
    var out = new StringBuilder();
    line(out, "ID:", certificate.id().value());
    line(out, "Name:", certificate.name());
    line(out, "Hosts:", String.join(", ", certificate.hosts()));
    line(out, "Issuer:", certificate.issuer());
    line(out, "Not before:", certificate.notBefore());
    line(out, "Not after:", CertificateTable.expires(certificate, now));
    line(out, "Auto renew:", certificate.autoRenew() ? "yes" : "no");
    certificate.labels().forEach((key, value) -> line(out, "Label:", key + "=" + value));
    line(
        out,
        "Created:",
        certificate.createdAt() + " (" + RelativeTime.ago(certificate.createdAt(), now) + ")");
    return out.toString();
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append(String.format(FORMAT, label, value));
  }
}
