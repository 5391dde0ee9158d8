package dev.warren.domain.port.in;

import dev.warren.domain.model.volume.Volume;
import java.util.List;

/** Lists volumes. */
public interface ListVolumesUseCase {
  /**
   * @return every volume, ordered by name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  List<Volume> list(ListVolumesRequest request);
}
