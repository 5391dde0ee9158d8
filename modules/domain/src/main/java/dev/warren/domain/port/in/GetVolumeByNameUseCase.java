package dev.warren.domain.port.in;

import dev.warren.domain.model.volume.Volume;

/** Reads one volume. */
public interface GetVolumeByNameUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no volume has that name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  Volume get(GetVolumeByNameRequest request);
}
