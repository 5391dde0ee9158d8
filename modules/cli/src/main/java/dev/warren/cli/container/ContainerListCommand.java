package dev.warren.cli.container;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.cli.render.ContainerTable;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warren container ls}: containers, all or a service's or a node's. */
@Command(name = "ls", aliases = "list", description = "List containers.")
public final class ContainerListCommand extends ManagerOutputCommand {
  @Mixin ContainerFilters filters;

  ContainerListCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    Optional<NodeId> onNode = filters.node();
    List<Task> containers;
    try (ManagerClient manager = connect()) {
      containers = manager.containers().list(filters.request(manager, onNode));
    }
    return printList(containers, task -> task.id().value(), ContainerTable::render);
  }
}
