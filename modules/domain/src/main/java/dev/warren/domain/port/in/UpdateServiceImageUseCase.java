package dev.warren.domain.port.in;

/** Starts the rollout of a new image. */
public interface UpdateServiceImageUseCase {
  /**
   * Sets the service's image and records a pending rollout to it (strategy, update config, from and
   * to image), superseding an unfinished one; the current spec becomes the previous one. The
   * deployer on the leader carries the rollout out. Returns once the change is committed.
   *
   * @throws dev.warren.domain.error.NotFoundException if no such service exists
   * @throws dev.warren.domain.error.InvalidSpecException if the image is not a valid image
   * @throws dev.warren.domain.error.FailedPreconditionException if the service already runs it
   * @throws dev.warren.domain.error.VersionConflictException if a concurrent update won
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  void updateImage(UpdateServiceImageRequest request);
}
