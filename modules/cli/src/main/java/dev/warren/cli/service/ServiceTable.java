package dev.warren.cli.service;

import dev.warren.cli.render.RelativeTime;
import dev.warren.cli.render.Table;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import java.time.Instant;
import java.util.List;

/** The {@code ls} table of services. */
final class ServiceTable {
  private ServiceTable() {}

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
