package dev.warren.cli.service;

import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.service.Service;
import picocli.CommandLine.Command;

/**
 * {@code warren service}: the verbs particular to services; {@link ServiceNoun} describes the rest.
 */
@Command(
    name = "service",
    subcommands = {
      ServiceCreateCommand.class,
      ServiceUpdateCommand.class,
      ServiceScaleCommand.class,
      ServiceRollbackCommand.class,
      ServicePsCommand.class,
      ServiceInspectCommand.class
    })
public final class ServiceCommand extends NounGroupCommand<Service> {
  public ServiceCommand() {
    super(ServiceNoun.NOUN, "Manage services.");
  }
}
