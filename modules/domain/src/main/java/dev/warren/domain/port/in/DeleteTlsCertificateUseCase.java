package dev.warren.domain.port.in;

/** Deletes a TLS certificate and its sealed key. */
public interface DeleteTlsCertificateUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such certificate exists
   * @throws dev.warren.domain.error.FailedPreconditionException while an ingress uses it
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void delete(DeleteTlsCertificateRequest request);
}
