package dev.warren.cli.service;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.ListContainersRequest;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code warren service ps NAME|ID}: the replicas of one service, slot by slot, the current one
 * first and the ended ones it replaced below it.
 */
@Command(name = "ps", description = "List the replicas of a service.")
public final class ServicePsCommand extends ManagerOutputCommand {
  @Mixin ServiceParameter service;

  @Option(names = "--no-trunc", description = "Show errors in full in the table.")
  boolean noTrunc;

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
    return printList(
        ReplicaTable.ordered(containers),
        task -> task.id().value(),
        (replicas, now) -> ReplicaTable.render(replicas, now, !noTrunc));
  }
}
