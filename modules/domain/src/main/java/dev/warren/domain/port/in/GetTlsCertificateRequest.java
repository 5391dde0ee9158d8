package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Read one TLS certificate (never its key). */
public record GetTlsCertificateRequest(CertificateRef certificate, ReadConsistency consistency) {
  public GetTlsCertificateRequest {
    Checks.notNull("certificate", certificate);
    Checks.notNull("consistency", consistency);
  }
}
