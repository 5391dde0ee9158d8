package dev.warren.cli.container;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.GetContainerRequest;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code warren container}: the container commands; {@code ls} has filters of its own. */
@Command(
    name = "container",
    description = "Inspect containers (the replicas of services).",
    subcommands = {ContainerListCommand.class})
public final class ContainerCommand extends NounGroupCommand<Task> {

  public ContainerCommand() {
    super(
        Noun.<Task>called("container", "containers", "ID")
            .id(task -> task.id().value())
            .check(TaskId::of)
            .lookup(
                (manager, id) ->
                    manager.containers().get(new GetContainerRequest(TaskId.of(id), LINEARIZABLE)))
            .inspect("Show one container in detail.", ContainerCommand::details)
            .build());
  }

  private static String details(Task task, Instant now) {
    Details details = Details.aligned(15, now);
    return details
        .line("ID:", task.id().value())
        .line("Name:", task.serviceName() + "." + task.slot())
        .line("Service:", task.serviceName() + " (" + task.serviceId().value() + ")")
        .line("Node:", task.nodeId().map(NodeId::value).orElse("- (not placed yet)"))
        .line("Image:", task.image())
        .line("Desired state:", task.desiredState().wireName())
        .line("State:", task.state().wireName() + " (" + details.ago(task.updatedAt()) + ")")
        .line("Health:", task.health().wireName())
        .lineIfAny("Runtime id:", task.runtimeContainerId())
        .lineIfAny("Error:", task.error())
        .lineIf(!task.command().isEmpty(), "Command:", String.join(" ", task.command()))
        .entries("Env:", task.env())
        .lines("Secrets:", task.secrets())
        .since("Created:", task.createdAt())
        .line("Version:", task.version().value())
        .text();
  }
}
