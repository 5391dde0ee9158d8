package dev.warren.application.workload;

import dev.warren.application.replication.Lookups;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;

/** Finds a container (task) or says which one is missing. */
final class ContainerLookup {
  private ContainerLookup() {}

  static Task find(StateReader reader, TaskId id) {
    return Lookups.byId(reader, EntityKind.TASK, "container", id.value());
  }
}
