package dev.warren.application.volume;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.Comparator;
import java.util.List;

/** Lists every volume, ordered by name. */
public final class ListVolumesHandler implements ListVolumesUseCase {
  private final StateQueries queries;

  public ListVolumesHandler(ClusterStatePort state, ReplicatedLogPort log) {
    this.queries = new StateQueries(state, log);
  }

  @Override
  public List<Volume> list(ListVolumesRequest request) {
    return queries.read(
        request.consistency(),
        reader ->
            reader.list(EntityKind.VOLUME).stream()
                .sorted(Comparator.comparing(Volume::name))
                .toList());
  }
}
