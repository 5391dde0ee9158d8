package dev.warren.domain.port.in;

import dev.warren.domain.model.security.Caller;

/**
 * GetTLSCertificate as a manager answers it: the certificate to every caller allowed to call it,
 * its private key only to managers (who run the ingress).
 */
public interface ReadTlsCertificateUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such certificate exists
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   * @throws dev.warren.domain.error.FailedPreconditionException if the key cannot be opened
   */
  TlsCertificateReading read(Caller caller, GetTlsCertificateRequest request);
}
