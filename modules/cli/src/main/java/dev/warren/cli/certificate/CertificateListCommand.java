package dev.warren.cli.certificate;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warren certificate ls}: every TLS certificate, ordered by name (never keys). */
@Command(name = "ls", aliases = "list", description = "List TLS certificates.")
public final class CertificateListCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  CertificateListCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    List<TlsCertificateInfo> certificates;
    try (ManagerClient manager = connector.connect(client.config())) {
      certificates =
          manager
              .certificates()
              .list(new ListTlsCertificatesRequest(ReadConsistency.LINEARIZABLE));
    }
    Instant now = clock.instant();
    output.printList(
        spec.commandLine().getOut(),
        certificates.stream().map(CertificateView::of).toList(),
        CertificateView::id,
        views -> table(certificates, now));
    return ExitCodes.OK;
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
