package dev.warren.domain.port.in;

/** Returns a service to its previous spec. */
public interface RollbackServiceUseCase {
  /**
   * Makes the previous spec current again (the current one becomes previous, so a second rollback
   * undoes the first) and records a pending rollout to it with that spec's strategy and update
   * config. Returns once the change is committed.
   *
   * @throws dev.warren.domain.error.NotFoundException if no such service exists
   * @throws dev.warren.domain.error.FailedPreconditionException if the service has no previous spec
   * @throws dev.warren.domain.error.VersionConflictException if a concurrent update won
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void rollback(RollbackServiceRequest request);
}
