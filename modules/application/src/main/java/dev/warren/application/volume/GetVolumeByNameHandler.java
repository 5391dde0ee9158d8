package dev.warren.application.volume;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;

/** Reads one volume by name. */
public final class GetVolumeByNameHandler implements GetVolumeByNameUseCase {
  private final StateQueries queries;

  public GetVolumeByNameHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

  @Override
  public Volume get(GetVolumeByNameRequest request) {
    return queries.read(
        request.consistency(),
        reader ->
            reader
                .findByName(EntityKind.VOLUME, request.name())
                .orElseThrow(() -> new NotFoundException("volume not found: " + request.name())));
  }
}
