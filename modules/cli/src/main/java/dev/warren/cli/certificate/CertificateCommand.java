package dev.warren.cli.certificate;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.cli.kit.References;
import dev.warren.cli.render.Columns;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code warren certificate}: the TLS certificate commands. */
@Command(
    name = "certificate",
    aliases = "cert",
    description = "Manage TLS certificates for ingresses.",
    subcommands = {CertificateCreateCommand.class, CertificateInspectCommand.class})
public final class CertificateCommand extends NounGroupCommand<TlsCertificateInfo> {
  private static final Columns<TlsCertificateInfo> TABLE =
      Columns.<TlsCertificateInfo>of("ID", certificate -> certificate.id().value())
          .and("NAME", TlsCertificateInfo::name)
          .and("HOSTS", certificate -> String.join(",", certificate.hosts()))
          .and("ISSUER", TlsCertificateInfo::issuer)
          .andAt("EXPIRES", CertificateCommand::expires)
          .age("CREATED", TlsCertificateInfo::createdAt);

  public CertificateCommand() {
    super(
        Noun.<TlsCertificateInfo>called("certificate", "certificates", "NAME|ID")
            .id(certificate -> certificate.id().value())
            .shown(CertificateView::of)
            .all(
                manager ->
                    manager.certificates().list(new ListTlsCertificatesRequest(LINEARIZABLE)))
            .lookup(
                (manager, reference) ->
                    manager
                        .certificates()
                        .get(new GetTlsCertificateRequest(reference(reference), LINEARIZABLE)))
            .list("List TLS certificates.", TABLE::render)
            .inspect(
                "Show one TLS certificate in detail (never its key).",
                CertificateInspectCommand::details)
            .remove(
                "Remove one or more TLS certificates.",
                (manager, reference) ->
                    manager
                        .certificates()
                        .delete(new DeleteTlsCertificateRequest(reference(reference))))
            .build());
  }

  /** What a user typed to name a certificate. */
  static CertificateRef reference(String idOrName) {
    return References.parse(
        idOrName, id -> new CertificateRef.ById(CertificateId.of(id)), CertificateRef.ByName::new);
  }

  /** The expiry date, flagged once it has passed. */
  static String expires(TlsCertificateInfo certificate, Instant now) {
    String date = certificate.notAfter().toString();
    return certificate.notAfter().isAfter(now) ? date : date + " (expired)";
  }
}
