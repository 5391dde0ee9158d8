package dev.warren.cli.service;

import dev.warren.cli.kit.Noun;
import dev.warren.domain.model.service.Service;
import picocli.CommandLine.Command;

/** {@code warren service}: the service commands. */
@Command(
    name = "service",
    description = "Manage services.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ServiceCreateCommand.class,
      ServiceListCommand.class,
      ServiceInspectCommand.class,
      ServiceUpdateCommand.class,
      ServiceScaleCommand.class,
      ServiceRemoveCommand.class,
      ServiceRollbackCommand.class,
      ServicePsCommand.class
    })
public final class ServiceCommand {
  /** What the generic verbs know of this noun. */
  static final Noun<Service> NOUN =
      Noun.of(
          "service",
          "services",
          "NAME|ID",
          service -> service.id().value(),
          (manager, reference) -> ServiceResolver.resolve(manager.services(), reference),
          ServiceListCommand::table,
          ServiceInspectCommand::pretty);
}
