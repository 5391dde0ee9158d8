package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.CreateServiceRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code warren service create NAME --image IMAGE ...}: prints the new service's id. The spec's
 * flags are {@link ServiceSpecOptions}.
 */
@Command(name = "create", description = "Create a service.")
public final class ServiceCreateCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Service name.")
  String name;

  @Mixin ServiceSpecOptions specOptions;

  ServiceCreateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    ServiceSpec serviceSpec = specOptions.spec(name);
    Service created;
    try (ManagerClient manager = connect()) {
      created = manager.services().create(new CreateServiceRequest(serviceSpec));
    }
    return printId(created, service -> service.id().value());
  }
}
