package dev.warren.cli.container;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.GetContainerRequest;

/** Containers as {@code inspect} sees them ({@code ls} filters, so it is a command of its own). */
final class ContainerNoun {
  static final Noun<Task> NOUN =
      Noun.<Task>called("container", "containers", task -> task.id().value())
          .lookupById(
              TaskId::of,
              (manager, id) -> manager.containers().get(new GetContainerRequest(id, LINEARIZABLE)))
          .inspect("Show one container in detail.", 15, ContainerNoun::describe)
          .build();

  private ContainerNoun() {}

  private static void describe(Task task, Details details) {
    details
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
        .line("Version:", task.version().value());
  }
}
