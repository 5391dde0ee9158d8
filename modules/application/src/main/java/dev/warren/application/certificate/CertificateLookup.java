package dev.warren.application.certificate;

import dev.warren.domain.error.NotFoundException;
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
          reader
              .get(EntityKind.CERTIFICATE, byId.id().value())
              .orElseThrow(() -> new NotFoundException("TLS certificate not found: " + byId.id()));
      case CertificateRef.ByName byName ->
          reader
              .findByName(EntityKind.CERTIFICATE, byName.name())
              .orElseThrow(
                  () -> new NotFoundException("TLS certificate not found: " + byName.name()));
    };
  }
}
