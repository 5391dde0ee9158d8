package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.RollbackServiceRequest;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code warren service rollback NAME|ID}: returns the service to its previous spec and prints its
 * name; rolling back twice undoes the first rollback. Exit 4 if the service was never updated.
 */
@Command(name = "rollback", description = "Return a service to its previous spec.")
public final class ServiceRollbackCommand extends ManagerCommand {
  @Mixin ServiceParameter service;

  ServiceRollbackCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    Service current;
    try (ManagerClient manager = connect()) {
      current = service.resolve(manager);
      manager.services().rollback(new RollbackServiceRequest(current.id()));
    }
    PrintWriter out = out();
    out.println(current.name());
    out.flush();
    return ExitCodes.OK;
  }
}
