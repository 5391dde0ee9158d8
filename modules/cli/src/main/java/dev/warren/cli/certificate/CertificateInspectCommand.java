package dev.warren.cli.certificate;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warren certificate inspect NAME|ID}: one certificate in detail (never its key). */
@Command(name = "inspect", description = "Show one TLS certificate in detail (never its key).")
public final class CertificateInspectCommand implements Callable<Integer> {
  private static final String FORMAT = "%-11s %s%n";

  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The certificate.")
  String certificate;

  @Option(names = "--pem", description = "Print only the certificate's PEM.")
  boolean pem;

  CertificateInspectCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    TlsCertificateInfo found;
    try (ManagerClient manager = connector.connect(client.config())) {
      found =
          manager
              .certificates()
              .get(
                  new GetTlsCertificateRequest(
                      CertificateReferences.parse(certificate), ReadConsistency.LINEARIZABLE));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (pem) {
      out.print(new String(found.certPem().toArray(), StandardCharsets.US_ASCII));
      out.flush();
      return ExitCodes.OK;
    }
    output.printObject(
        out, CertificateView.of(found), CertificateView::id, view -> pretty(found, clock.instant()));
    return ExitCodes.OK;
  }

  static String pretty(TlsCertificateInfo certificate, Instant now) {
    var out = new StringBuilder();
    line(out, "ID:", certificate.id().value());
    line(out, "Name:", certificate.name());
    line(out, "Hosts:", String.join(", ", certificate.hosts()));
    line(out, "Issuer:", certificate.issuer());
    line(out, "Not before:", certificate.notBefore());
    line(out, "Not after:", CertificateListCommand.expires(certificate, now));
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
