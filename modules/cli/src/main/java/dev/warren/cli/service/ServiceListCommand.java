package dev.warren.cli.service;

import dev.warren.cli.kit.ListCommand;
import dev.warren.cli.CliPorts;
import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code warren service ls}: every service, ordered by name. */
@Command(name = "ls", aliases = "list", description = "List services.")
public final class ServiceListCommand extends ListCommand<Service> {
  ServiceListCommand(CliPorts ports) {
    super(
        ports,
        ServiceCommand.NOUN,
        manager -> manager.services().list(new ListServicesRequest(ReadConsistency.LINEARIZABLE)));
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
