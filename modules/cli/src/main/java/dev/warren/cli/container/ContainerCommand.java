package dev.warren.cli.container;

import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.task.Task;
import picocli.CommandLine.Command;

/**
 * {@code warren container}: the verbs particular to containers; {@link ContainerNoun} describes the
 * rest.
 */
@Command(
    name = "container",
    subcommands = {ContainerListCommand.class, ContainerLogsCommand.class})
public final class ContainerCommand extends NounGroupCommand<Task> {
  public ContainerCommand() {
    super(ContainerNoun.NOUN, "Inspect containers (the replicas of services) and read their logs.");
  }
}
