package dev.warren.cli.service;

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
public final class ServiceCommand {}
