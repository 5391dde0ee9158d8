package dev.warren.domain.port.in;

import dev.warren.domain.model.volume.Volume;

/** Creates a volume. */
public interface CreateVolumeUseCase {
  /**
   * Records the volume (no node yet: a local volume is bound to the node of its first container)
   * and returns it as stored, once the change is committed.
   *
   * @throws dev.warren.domain.error.AlreadyExistsException if the name is taken
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  Volume create(CreateVolumeRequest request);
}
