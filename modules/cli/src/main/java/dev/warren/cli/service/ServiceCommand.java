package dev.warren.cli.service;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import picocli.CommandLine.Command;

/** {@code warren service}: the service commands. */
@Command(
    name = "service",
    description = "Manage services.",
    subcommands = {
      ServiceCreateCommand.class,
      ServiceUpdateCommand.class,
      ServiceScaleCommand.class,
      ServiceRollbackCommand.class,
      ServicePsCommand.class
    })
public final class ServiceCommand extends NounGroupCommand<Service> {

  public ServiceCommand() {
    super(
        Noun.<Service>called("service", "services", "NAME|ID")
            .id(service -> service.id().value())
            .all(manager -> manager.services().list(new ListServicesRequest(LINEARIZABLE)))
            .lookup((manager, reference) -> ServiceResolver.resolve(manager.services(), reference))
            .list("List services.", ServiceText.TABLE::render)
            .inspect("Show one service in detail.", ServiceText::details)
            .removeFound(
                "Remove one or more services.",
                (manager, service) ->
                    manager.services().delete(new DeleteServiceRequest(service.id())))
            .build());
  }
}
