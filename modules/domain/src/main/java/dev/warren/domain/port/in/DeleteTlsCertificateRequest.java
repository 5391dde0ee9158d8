package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** Delete a TLS certificate. */
public record DeleteTlsCertificateRequest(CertificateRef certificate) {
  public DeleteTlsCertificateRequest {
    Checks.notNull("certificate", certificate);
  }
}
