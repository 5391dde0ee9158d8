package dev.warren.cli.container;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.cli.render.ContainerTable;
import dev.warren.cli.service.ServiceResolver;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warren container ls}: containers, all or a service's or a node's. */
@Command(name = "ls", aliases = "list", description = "List containers.")
public final class ContainerListCommand extends ManagerOutputCommand {
  @Option(
      names = "--service",
      paramLabel = "NAME|ID",
      description = "Only the containers of this service.")
  String service;

  @Option(names = "--node", paramLabel = "ID", description = "Only the containers on this node.")
  String node;

  ContainerListCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    Optional<NodeId> onNode = Optional.ofNullable(node).map(NodeId::of);
    List<Task> containers;
    try (ManagerClient manager = connect()) {
      Optional<ServiceId> ofService =
          Optional.ofNullable(service)
              .map(reference -> ServiceResolver.resolve(manager.services(), reference).id());
      containers =
          manager
              .containers()
              .list(new ListContainersRequest(ofService, onNode, ReadConsistency.LINEARIZABLE));
    }
    return printList(containers, task -> task.id().value(), ContainerTable::render);
  }
}
