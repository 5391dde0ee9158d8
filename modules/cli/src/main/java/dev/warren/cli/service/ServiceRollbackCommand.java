package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.RollbackServiceRequest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren service rollback NAME|ID}: returns the service to its previous spec and prints its
 * name; rolling back twice undoes the first rollback. Exit 4 if the service was never updated.
 */
@Command(name = "rollback", description = "Return a service to its previous spec.")
public final class ServiceRollbackCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The service.")
  String service;

  ServiceRollbackCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    Service current;
    try (ManagerClient manager = connector.connect(client.config())) {
      current = ServiceResolver.resolve(manager.services(), service);
      manager.services().rollback(new RollbackServiceRequest(current.id()));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(current.name());
    out.flush();
    return ExitCodes.OK;
  }
}
