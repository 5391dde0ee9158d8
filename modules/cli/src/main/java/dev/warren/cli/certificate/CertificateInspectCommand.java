package dev.warren.cli.certificate;

import dev.warren.cli.CliPorts;
import dev.warren.cli.kit.InspectCommand;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import java.nio.charset.StandardCharsets;
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
}
