package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.CreateServiceRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code warren service create NAME --image IMAGE [OPTIONS] [-- CMD ARG...]}: prints the new
 * service's id. The spec's flags are {@link ServiceSpecOptions}; the command comes after {@code
 * --}, as {@code docker service create} takes it, or one {@code --command} per argument.
 */
@Command(name = "create", description = "Create a service.")
public final class ServiceCreateCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Service name.")
  String name;

  @Parameters(
      index = "1..*",
      paramLabel = "CMD",
      description =
          "The command and its arguments, after -- (like docker service create): -- sh -c 'date'.")
  List<String> trailingCommand = new ArrayList<>();

  @Mixin ServiceSpecOptions specOptions;

  @Mixin SchedulingOptions scheduling = new SchedulingOptions();

  ServiceCreateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    ServiceSpec serviceSpec = specOptions.spec(name, command(), scheduling);
    Service created;
    try (ManagerClient manager = connect()) {
      created = manager.services().create(new CreateServiceRequest(serviceSpec));
    }
    return printId(created, service -> service.id().value());
  }

  private List<String> command() {
    if (trailingCommand.isEmpty()) {
      return specOptions.command;
    }
    if (!specOptions.command.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "give the command either after -- or with --command, not both: " + trailingCommand);
    }
    return trailingCommand;
  }
}
