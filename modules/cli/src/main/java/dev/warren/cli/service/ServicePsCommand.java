package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warren service ps NAME|ID}: the replicas of one service, slot by slot, the current one
 * first and the ended ones it replaced below it.
 */
@Command(name = "ps", description = "List the replicas of a service.")
public final class ServicePsCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The service.")
  String service;

  @Option(names = "--no-trunc", description = "Show errors in full in the table.")
  boolean noTrunc;

  ServicePsCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    List<Task> containers;
    try (ManagerClient manager = connect()) {
      Service found = ServiceResolver.resolve(manager.services(), service);
      containers =
          manager
              .containers()
              .list(
                  new ListContainersRequest(
                      Optional.of(found.id()), Optional.empty(), ReadConsistency.LINEARIZABLE));
    }
    return printList(
        ReplicaTable.ordered(containers),
        task -> task.id().value(),
        (replicas, now) -> ReplicaTable.render(replicas, now, !noTrunc));
  }
}
