package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.ContainerTable;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warren service ps NAME|ID}: the containers of one service. */
@Command(name = "ps", description = "List the containers of a service.")
public final class ServicePsCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The service.")
  String service;

  ServicePsCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    List<Task> containers;
    try (ManagerClient manager = connector.connect(client.config())) {
      Service found = ServiceResolver.resolve(manager.services(), service);
      containers =
          manager
              .containers()
              .list(
                  new ListContainersRequest(
                      Optional.of(found.id()), Optional.empty(), ReadConsistency.LINEARIZABLE));
    }
    Instant now = clock.instant();
    output.printList(
        spec.commandLine().getOut(),
        containers,
        task -> task.id().value(),
        all -> ContainerTable.render(all, now));
    return ExitCodes.OK;
  }
}
