package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warren service ls}: every service, ordered by name. */
@Command(name = "ls", aliases = "list", description = "List services.")
public final class ServiceListCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  ServiceListCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    List<Service> services;
    try (ManagerClient manager = connector.connect(client.config())) {
      services = manager.services().list(new ListServicesRequest(ReadConsistency.LINEARIZABLE));
    }
    Instant now = clock.instant();
    output.printList(
        spec.commandLine().getOut(),
        services,
        service -> service.id().value(),
        all -> table(all, now));
    return ExitCodes.OK;
  }

  static String table(List<Service> services, Instant now) {
    Table table = Table.withColumns("ID", "NAME", "MODE", "REPLICAS", "IMAGE", "CREATED");
    for (Service service : services) {
      table.row(
          service.id().value(),
          service.name(),
          service.spec().mode().wireName(),
          service.spec().mode() == ServiceMode.GLOBAL ? "-" : service.spec().replicas(),
          service.spec().image(),
          RelativeTime.ago(service.createdAt(), now));
    }
    return table.render();
  }
}
