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
  private static final Columns<Task> COLUMNS =
      Columns.<Task>of("ID", task -> task.id().value())
          .and("NAME", task -> task.serviceName() + "." + task.slot())
          .and("IMAGE", Task::image)
          .and("NODE", task -> task.nodeId().map(NodeId::value).orElse("-"))
          .and("DESIRED STATE", task -> task.shownDesiredState().wireName())
          .andAt(
              "CURRENT STATE",
              (task, now) ->
                  task.state().wireName()
                      + " "
                      + RelativeTime.ago(task.updatedAt(), now).toLowerCase(Locale.ROOT))
          .and("HEALTH", task -> task.health().wireName())
          .and("ERROR", Task::error);

  private ContainerTable() {}

  public static String render(List<Task> containers, Instant now) {
    return COLUMNS.render(containers, now);
  }
}
