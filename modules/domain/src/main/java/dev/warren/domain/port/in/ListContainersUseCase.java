package dev.warren.domain.port.in;

import dev.warren.domain.model.task.Task;
import java.util.List;

/** Lists containers. */
public interface ListContainersUseCase {
  /**
   * @return the containers matching every given filter (an unknown id matches nothing), ordered by
   *     service name, slot and creation time
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  List<Task> list(ListContainersRequest request);
}
