package dev.warren.domain.port.in;

/** Deletes an ingress. */
public interface DeleteIngressUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such ingress exists
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void delete(DeleteIngressRequest request);
}
