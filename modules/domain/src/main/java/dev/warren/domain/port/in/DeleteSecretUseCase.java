package dev.warren.domain.port.in;

/** Deletes a secret. */
public interface DeleteSecretUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such secret exists
   * @throws dev.warren.domain.error.FailedPreconditionException while a container uses it
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void delete(DeleteSecretRequest request);
}
