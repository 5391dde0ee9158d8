package dev.warren.domain.port.in;

/** Records a container's new state. */
public interface UpdateContainerStatusUseCase {
  /**
   * Records the reported state, runtime id and error. Idempotent: a report the container already
   * shows changes nothing and succeeds.
   *
   * @throws dev.warren.domain.error.NotFoundException if the container does not exist
   * @throws dev.warren.domain.error.PermissionDeniedException if the container is not assigned to
   *     the reporting node
   * @throws dev.warren.domain.error.FailedPreconditionException if the state would move backwards
   *     or out of a terminal state
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void update(UpdateContainerStatusRequest request);
}
