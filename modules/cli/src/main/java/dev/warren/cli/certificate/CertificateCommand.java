package dev.warren.cli.certificate;

import dev.warren.cli.kit.Noun;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren certificate}: the TLS certificate commands. */
@Command(
    name = "certificate",
    aliases = "cert",
    description = "Manage TLS certificates for ingresses.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      CertificateCreateCommand.class,
      CertificateListCommand.class,
      CertificateInspectCommand.class,
      CertificateRemoveCommand.class
    })
public final class CertificateCommand {
  /** What the generic verbs know of this noun. */
  static final Noun<TlsCertificateInfo> NOUN =
      new Noun<>(
          "certificate",
          "certificates",
          "NAME|ID",
          certificate -> certificate.id().value(),
          CertificateView::of,
          reference -> {},
          (manager, reference) ->
              manager
                  .certificates()
                  .get(
                      new GetTlsCertificateRequest(
                          CertificateReferences.parse(reference), ReadConsistency.LINEARIZABLE)),
          CertificateListCommand::table,
          CertificateInspectCommand::pretty);
}
