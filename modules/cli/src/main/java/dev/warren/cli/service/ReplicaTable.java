package dev.warren.cli.service;

import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's replicas as {@code docker service ps} shows them: slot by slot, each slot's newest
 * replica first and the ended ones it replaced below it, marked {@code \_ }.
 */
final class ReplicaTable {
  /** Errors longer than this are cut in the table unless {@code --no-trunc} is given. */
  static final int ERROR_WIDTH = 48;

  // Runtimes describe a non-zero exit as "exited with code N[: why]"; the code has no field of its
  // own on a replica, so the table reads it back from that text.
  private static final Pattern EXIT_CODE = Pattern.compile("\\bexited with code (\\d{1,3})\\b");

  private ReplicaTable() {}

  /** The replicas ordered by slot, newest first within a slot. */
  static List<Task> ordered(List<Task> replicas) {
    return replicas.stream()
        .sorted(
            Comparator.comparingInt(Task::slot)
                .thenComparing(Task::createdAt, Comparator.reverseOrder())
                .thenComparing(task -> task.id().value()))
        .toList();
  }

  static String render(List<Task> replicas, Instant now, boolean truncate) {
    return render(replicas, now, truncate, Map.of());
  }

  /**
   * The same; with {@code specVersions} (during or after a rollout) a SPEC column after IMAGE says
   * which version of the service each replica was made from ({@code v3}).
   */
  static String render(
      List<Task> replicas, Instant now, boolean truncate, Map<TaskId, Version> specVersions) {
    boolean withSpec = !specVersions.isEmpty();
    List<String> columns = new ArrayList<>(List.of("ID", "NAME", "IMAGE"));
    if (withSpec) {
      columns.add("SPEC");
    }
    columns.addAll(List.of("NODE", "DESIRED STATE", "CURRENT STATE", "HEALTH", "EXIT", "ERROR"));
    Table table = Table.withColumns(columns.toArray(String[]::new));
    int previousSlot = -1;
    for (Task task : ordered(replicas)) {
      String name = task.serviceName() + "." + task.slot();
      List<Object> cells =
          new ArrayList<>(
              List.of(
                  task.id().value(),
                  task.slot() == previousSlot ? " \\_ " + name : name,
                  task.image()));
      if (withSpec) {
        cells.add(
            Optional.ofNullable(specVersions.get(task.id()))
                .map(version -> "v" + version.value())
                .orElse("-"));
      }
      cells.addAll(
          List.of(
              task.nodeId().map(NodeId::value).orElse("-"),
              task.shownDesiredState().wireName(),
              task.state().wireName()
                  + " "
                  + RelativeTime.ago(task.updatedAt(), now).toLowerCase(Locale.ROOT),
              task.health().wireName(),
              exitCode(task).stream().mapToObj(Integer::toString).findFirst().orElse(""),
              truncate ? truncated(task.error()) : task.error()));
      table.row(cells.toArray());
      previousSlot = task.slot();
    }
    return table.render();
  }

  /** How the replica's command ended, when it ended on its own and the runtime saw the code. */
  static OptionalInt exitCode(Task task) {
    if (task.state() == TaskState.COMPLETE) {
      return OptionalInt.of(0);
    }
    if (!task.state().isTerminal()) {
      return OptionalInt.empty();
    }
    Matcher code = EXIT_CODE.matcher(task.error());
    return code.find() ? OptionalInt.of(Integer.parseInt(code.group(1))) : OptionalInt.empty();
  }

  private static String truncated(String error) {
    return error.length() <= ERROR_WIDTH ? error : error.substring(0, ERROR_WIDTH - 1) + "…";
  }
}
