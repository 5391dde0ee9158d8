package dev.warren.cli.render;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Containers as {@code docker service ps} shows tasks: one row each, named service.slot, with the
 * desired state, the current state and how long ago it was reported, and the error if any.
 */
public final class ContainerTable {
  private ContainerTable() {}

  public static String render(List<Task> containers, Instant now) {
    Table table =
        Table.withColumns(
            "ID", "NAME", "IMAGE", "NODE", "DESIRED STATE", "CURRENT STATE", "HEALTH", "ERROR");
    for (Task task : containers) {
      table.row(
          task.id().value(),
          task.serviceName() + "." + task.slot(),
          task.image(),
          task.nodeId().map(NodeId::value).orElse("-"),
          task.desiredState().wireName(),
          task.state().wireName()
              + " "
              + RelativeTime.ago(task.updatedAt(), now).toLowerCase(Locale.ROOT),
          task.health().wireName(),
          task.error());
    }
    return table.render();
  }
}
