package dev.warren.application.volume;

import dev.warren.application.replication.Deletions;
import dev.warren.domain.change.VolumeChange.VolumeDeleted;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Deletes a volume; the apply logic refuses while a service or container mounts it. */
public record DeleteVolumeHandler(ClusterStatePort state, ReplicatedLogPort log)
    implements DeleteVolumeUseCase {

  @Override
  public void delete(DeleteVolumeRequest request) {
    Deletions.deleteById(
        state,
        log,
        EntityKind.VOLUME,
        "volume",
        request.id().value(),
        Volume::name,
        new VolumeDeleted(request.id()));
  }
}
