package dev.warren.application.certificate;

import dev.warren.application.replication.Lookups;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.port.in.CertificateRef;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;

/** Finds a TLS certificate by id or name, or says which one is missing. */
final class CertificateLookup {
  private CertificateLookup() {}

  static TlsCertificate find(StateReader reader, CertificateRef ref) {
    return switch (ref) {
      case CertificateRef.ById byId ->
          Lookups.byId(reader, EntityKind.CERTIFICATE, "TLS certificate", byId.id().value());
      case CertificateRef.ByName byName ->
          Lookups.byName(reader, EntityKind.CERTIFICATE, "TLS certificate", byName.name());
    };
  }
}
