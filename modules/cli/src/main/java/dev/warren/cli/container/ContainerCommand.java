package dev.warren.cli.container;

import dev.warren.cli.kit.Noun;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.cli.render.ContainerTable;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren container}: the container commands. */
@Command(
    name = "container",
    description = "Inspect containers (the replicas of services).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ContainerListCommand.class, ContainerInspectCommand.class})
public final class ContainerCommand {
  /** What the generic verbs know of this noun. */
  static final Noun<Task> NOUN =
      new Noun<>(
          "container",
          "containers",
          "ID",
          task -> task.id().value(),
          Function.identity(),
          TaskId::of,
          (manager, id) ->
              manager.containers().get(new GetContainerRequest(TaskId.of(id), ReadConsistency.LINEARIZABLE)),
          ContainerTable::render,
          ContainerInspectCommand::pretty);
}
