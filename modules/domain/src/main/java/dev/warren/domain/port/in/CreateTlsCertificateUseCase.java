package dev.warren.domain.port.in;

import dev.warren.domain.model.certificate.TlsCertificateInfo;

/** Stores a TLS certificate for ingresses. */
public interface CreateTlsCertificateUseCase {
  /**
   * Checks the certificate and key (PEM parses, key matches, every host covered by the
   * certificate's DNS names, not expired), seals the key with the cluster data key and stores both.
   *
   * @return the stored certificate without its key, after the change is committed
   * @throws dev.warren.domain.error.InvalidSpecException naming what is wrong with the PEM, key or
   *     hosts
   * @throws dev.warren.domain.error.AlreadyExistsException if the name is taken
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  TlsCertificateInfo create(CreateTlsCertificateRequest request);
}
