package dev.warren.application.volume;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.Lookups;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.VolumeChange.VolumeCreated;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.InstantSource;

/**
 * Creates a volume: picks its id and creation time, then proposes one {@code VolumeCreated}. The
 * node and host path stay empty until the volume's first container is placed.
 */
public record CreateVolumeHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock)
    implements CreateVolumeUseCase {

  @Override
  public Volume create(CreateVolumeRequest request) {
    String name = request.name();
    Lookups.requireNameFree(state, log, EntityKind.VOLUME, "volume", name);
    var volume = request.volume(VolumeId.random(), StoredTime.now(clock));
    Futures.await(log.propose(new VolumeCreated(volume)), "creating volume " + name);
    return volume;
  }
}
