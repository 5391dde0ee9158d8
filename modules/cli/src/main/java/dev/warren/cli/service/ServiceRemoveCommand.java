package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.RemoveEach;
import dev.warren.domain.port.in.DeleteServiceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren service rm NAME|ID...}: removes each service, printing what it removed. Like {@code
 * docker service rm} it goes on after a failure, prints one error line per failure and exits with
 * the first failure's code.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more services.")
public final class ServiceRemoveCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "The services.")
  List<String> services = new ArrayList<>();

  ServiceRemoveCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    try (ManagerClient manager = connector.connect(client.config())) {
      return RemoveEach.run(
          spec,
          manager,
          services,
          (m, reference) ->
              m.services()
                  .delete(
                      new DeleteServiceRequest(
                          ServiceResolver.resolve(m.services(), reference).id())));
    }
  }
}
