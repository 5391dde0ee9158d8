package dev.warren.domain.port.in;

import dev.warren.domain.model.certificate.TlsCertificateInfo;

/**
 * Reads one TLS certificate without its private key. (The key goes only to managers, for the
 * ingress; that path comes with authorization, issue 4.)
 */
public interface GetTlsCertificateUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such certificate exists
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  TlsCertificateInfo get(GetTlsCertificateRequest request);
}
