package dev.warren.application.volume;

import dev.warren.application.replication.StateQueries;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.out.EntityKind;
import java.util.List;
import java.util.function.Function;

/** Lists every volume, ordered by name. */
public record ListVolumesHandler(StateQueries queries) implements ListVolumesUseCase {

  @Override
  public List<Volume> list(ListVolumesRequest request) {
    return queries.listByName(
        request.consistency(), EntityKind.VOLUME, Function.identity(), Volume::name);
  }
}
