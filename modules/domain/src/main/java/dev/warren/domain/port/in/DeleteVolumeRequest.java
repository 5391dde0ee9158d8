package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.volume.VolumeId;

/** Delete a volume. */
public record DeleteVolumeRequest(VolumeId id) {
  public DeleteVolumeRequest {
    Checks.notNull("volume id", id);
  }
}
