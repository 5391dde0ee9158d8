package dev.warren.application.ingress;

import dev.warren.application.replication.Lookups;
import dev.warren.domain.change.IngressChange;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.shared.HostNames;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;

/** Finds ingresses by id or name, and checks what an ingress's TLS section refers to. */
final class IngressLookup {
  private IngressLookup() {}

  static Ingress find(StateReader reader, IngressRef ref) {
    return switch (ref) {
      case IngressRef.ById byId ->
          Lookups.byId(reader, EntityKind.INGRESS, "ingress", byId.id().value());
      case IngressRef.ByName byName ->
          Lookups.byName(reader, EntityKind.INGRESS, "ingress", byName.name());
    };
  }

  /**
   * The certificate that {@code ingress}'s TLS names must exist and cover every TLS host the
   * ingress lists. Certificates are never changed in place, so the apply logic re-checks only that
   * the certificate still exists.
   *
   * @throws NotFoundException if the certificate does not exist
   * @throws InvalidSpecException naming a TLS host the certificate does not cover
   */
  static void checkTls(StateReader reader, Ingress ingress) {
    IngressChange.requireCertificate(reader, ingress);
    if (ingress.tls().isEmpty() || ingress.tls().get().certificateName().isEmpty()) {
      return;
    }
    IngressTls tls = ingress.tls().get();
    TlsCertificate certificate =
        reader.findByName(EntityKind.CERTIFICATE, tls.secretName()).orElseThrow();
    for (String host : tls.hosts()) {
      if (certificate.hosts().stream().noneMatch(name -> HostNames.covers(name, host))) {
        throw new InvalidSpecException(
            "ingress tls host '"
                + host
                + "' is not covered by TLS certificate "
                + certificate.name()
                + " (hosts: "
                + String.join(", ", certificate.hosts())
                + ")");
      }
    }
  }
}
