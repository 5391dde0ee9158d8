package dev.warren.cli.service;

import dev.warren.cli.ManagerClient;
import dev.warren.domain.model.service.Service;
import picocli.CommandLine.Parameters;

/** The {@code NAME|ID} of the one service a command is about. */
final class ServiceParameter {
  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The service.")
  String reference;

  /** The service it names, as {@link ServiceResolver} finds it. */
  Service resolve(ManagerClient manager) {
    return ServiceResolver.resolve(manager.services(), reference);
  }
}
