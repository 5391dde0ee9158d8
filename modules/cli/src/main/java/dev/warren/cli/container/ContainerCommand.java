package dev.warren.cli.container;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroup;
import dev.warren.cli.kit.NounVerbs;
import dev.warren.cli.render.ContainerTable;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren container}: the container commands. */
@Command(
    name = "container",
    modelTransformer = NounVerbs.class,
    description = "Inspect containers (the replicas of services).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ContainerListCommand.class})
public final class ContainerCommand implements NounGroup {
  private static final Noun<Task> NOUN =
      new Noun<>(
          "container",
          "containers",
          "ID",
          Map.of("inspect", "Show one container in detail."),
          task -> task.id().value(),
          Function.identity(),
          TaskId::of,
          manager ->
              manager
                  .containers()
                  .list(
                      new ListContainersRequest(
                          Optional.empty(), Optional.empty(), ReadConsistency.LINEARIZABLE)),
          (manager, id) ->
              manager
                  .containers()
                  .get(new GetContainerRequest(TaskId.of(id), ReadConsistency.LINEARIZABLE)),
          Noun.NOT_REMOVABLE,
          ContainerTable::render,
          ContainerDetails::pretty);

  @Override
  public Noun<Task> noun() {
    return NOUN;
  }
}
