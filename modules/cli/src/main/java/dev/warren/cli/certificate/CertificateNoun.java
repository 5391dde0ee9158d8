package dev.warren.cli.certificate;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.References;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificateInfo;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.in.DeleteTlsCertificateRequest;
import dev.warren.domain.port.in.GetTlsCertificateRequest;
import dev.warren.domain.port.in.ListTlsCertificatesRequest;
import java.time.Instant;
import java.util.function.Function;

/**
 * TLS certificates as {@code ls}, {@code inspect} and {@code rm} see them: JSON and YAML show the
 * PEM as text, nothing ever shows the key.
 */
final class CertificateNoun {
  /** What a user typed to name a certificate. */
  static final Function<String, CertificateRef> REFERENCE =
      References.parser(
          id -> new CertificateRef.ById(CertificateId.of(id)), CertificateRef.ByName::new);

  static final Noun<TlsCertificateInfo> NOUN =
      Noun.<TlsCertificateInfo>named(
              "certificate",
              "certificates",
              certificate -> certificate.id().value(),
              TlsCertificateInfo::name)
          .shown(CertificateView::of)
          .all(manager -> manager.certificates().list(new ListTlsCertificatesRequest(LINEARIZABLE)))
          .lookup(
              REFERENCE,
              (manager, ref) ->
                  manager.certificates().get(new GetTlsCertificateRequest(ref, LINEARIZABLE)))
          .list(
              "List TLS certificates.",
              columns ->
                  columns
                      .and("HOSTS", certificate -> String.join(",", certificate.hosts()))
                      .and("ISSUER", TlsCertificateInfo::issuer)
                      .andAt("EXPIRES", CertificateNoun::expires)
                      .age("CREATED", TlsCertificateInfo::createdAt))
          .remove(
              "Remove one or more TLS certificates.",
              REFERENCE,
              (manager, ref) -> manager.certificates().delete(new DeleteTlsCertificateRequest(ref)))
          .inspect(
              "Show one TLS certificate in detail (never its key).", 11, CertificateNoun::describe)
          .build();

  private CertificateNoun() {}

  private static void describe(TlsCertificateInfo certificate, Details details) {
    details
        .line("Hosts:", String.join(", ", certificate.hosts()))
        .line("Issuer:", certificate.issuer())
        .line("Not before:", certificate.notBefore())
        .line("Not after:", expires(certificate, details.now()))
        .line("Auto renew:", certificate.autoRenew() ? "yes" : "no");
    certificate.labels().forEach((key, value) -> details.line("Label:", key + "=" + value));
    details.since("Created:", certificate.createdAt());
  }

  /** The expiry date, flagged once it has passed. */
  private static String expires(TlsCertificateInfo certificate, Instant now) {
    String date = certificate.notAfter().toString();
    return certificate.notAfter().isAfter(now) ? date : date + " (expired)";
  }
}
