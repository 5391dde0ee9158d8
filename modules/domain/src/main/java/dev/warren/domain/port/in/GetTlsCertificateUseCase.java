package dev.warren.domain.port.in;

import dev.warren.domain.model.certificate.TlsCertificateInfo;

/**
 * Reads one TLS certificate without its private key, as a client (the CLI) sees it. Managers answer
 * GetTLSCertificate through {@link ReadTlsCertificateUseCase}, which adds the key for managers.
 */
public interface GetTlsCertificateUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such certificate exists
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  TlsCertificateInfo get(GetTlsCertificateRequest request);
}
