package dev.warren.cli.certificate;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroup;
import dev.warren.cli.kit.NounVerbs;
import dev.warren.cli.kit.References;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import picocli.CommandLine.Command;

/** {@code warren certificate}: the TLS certificate commands. */
@Command(
    name = "certificate",
    modelTransformer = NounVerbs.class,
    aliases = "cert",
    description = "Manage TLS certificates for ingresses.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {CertificateCreateCommand.class, CertificateInspectCommand.class})
public final class CertificateCommand implements NounGroup {
  private static final Noun<TlsCertificateInfo> NOUN =
      new Noun<>(
          "certificate",
          "certificates",
          "NAME|ID",
          Noun.help(
              "List TLS certificates.",
              "Show one TLS certificate in detail (never its key).",
              "Remove one or more TLS certificates."),
          certificate -> certificate.id().value(),
          CertificateView::of,
          Noun.ANY_REFERENCE,
          manager ->
              manager
                  .certificates()
                  .list(new ListTlsCertificatesRequest(ReadConsistency.LINEARIZABLE)),
          (manager, reference) ->
              manager
                  .certificates()
                  .get(
                      new GetTlsCertificateRequest(
                          reference(reference), ReadConsistency.LINEARIZABLE)),
          (manager, reference) ->
              manager.certificates().delete(new DeleteTlsCertificateRequest(reference(reference))),
          CertificateTable::table,
          CertificateInspectCommand::pretty);

  @Override
  public Noun<TlsCertificateInfo> noun() {
    return NOUN;
  }

  /** What a user typed to name a certificate. */
  static CertificateRef reference(String idOrName) {
    return References.parse(
        idOrName, id -> new CertificateRef.ById(CertificateId.of(id)), CertificateRef.ByName::new);
  }
}
