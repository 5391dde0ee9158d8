package dev.warren.domain.port.in;

/** Deletes a volume. */
public interface DeleteVolumeUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such volume exists
   * @throws dev.warren.domain.error.FailedPreconditionException while a service or container mounts
   *     it
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void delete(DeleteVolumeRequest request);
}
