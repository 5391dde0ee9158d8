package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.ServiceRef;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code warren service rollback NAME|ID [--detach=false]}: returns the service to its previous
 * spec and prints its name; rolling back twice undoes the first rollback. Exit 4 if the service was
 * never updated. With {@code --detach=false} it then waits for the rollback's rollout like {@code
 * service update} does.
 */
@Command(name = "rollback", description = "Return a service to its previous spec.")
public final class ServiceRollbackCommand extends ManagerCommand {
  @Mixin ServiceParameter service;

  @Mixin DetachOption detach = new DetachOption();

  ServiceRollbackCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() throws InterruptedException {
    try (ManagerClient manager = connect()) {
      Service current = service.resolve(manager);
      manager.services().rollback(new RollbackServiceRequest(current.id()));
      PrintWriter out = out();
      out.println(current.name());
      out.flush();
      if (!detach.waits()) {
        return ExitCodes.OK;
      }
      Service rolledBack =
          manager
              .services()
              .get(
                  new GetServiceRequest(
                      new ServiceRef.ById(current.id()), ReadConsistency.LINEARIZABLE));
      return new RolloutFollower(manager, spec.commandLine().getErr())
          .follow(rolledBack, RolloutKind.ROLLBACK);
    }
  }
}
