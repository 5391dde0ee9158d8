package dev.warren.cli.service;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.cli.render.ContainerTable;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.ListContainersRequest;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warren service ps NAME|ID}: the containers of one service. */
@Command(name = "ps", description = "List the containers of a service.")
public final class ServicePsCommand extends ManagerOutputCommand {
  @Mixin ServiceParameter service;

  ServicePsCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    List<Task> containers;
    try (ManagerClient manager = connect()) {
      Optional<ServiceId> ofService = Optional.of(service.resolve(manager).id());
      var request = new ListContainersRequest(ofService, Optional.empty(), LINEARIZABLE);
      containers = manager.containers().list(request);
    }
    return printList(containers, task -> task.id().value(), ContainerTable::render);
  }
}
