package dev.warren.application.volume;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.Lookups;
import dev.warren.application.replication.StateQueries;
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
    // Fails fast with NOT_FOUND for an unknown id; the apply logic checks again.
    Volume volume =
        StateQueries.current(
            state,
            log,
            reader -> Lookups.byId(reader, EntityKind.VOLUME, "volume", request.id().value()));
    Futures.await(log.propose(new VolumeDeleted(request.id())), "deleting volume " + volume.name());
  }
}
