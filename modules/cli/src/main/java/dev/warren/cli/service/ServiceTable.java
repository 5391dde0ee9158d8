package dev.warren.cli.service;

import dev.warren.cli.kit.NamedTable;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import java.time.Instant;
import java.util.List;

/** The {@code ls} table of services. */
final class ServiceTable {
  private static final NamedTable<Service> TABLE =
      new NamedTable<>(
          List.of("MODE", "REPLICAS", "IMAGE"),
          service -> service.id().value(),
          Service::name,
          Service::createdAt);

  private ServiceTable() {}

  static String table(List<Service> services, Instant now) {
    return TABLE.render(
        services,
        now,
        service ->
            List.of(
                service.spec().mode().wireName(),
                service.spec().mode() == ServiceMode.GLOBAL ? "-" : service.spec().replicas(),
                service.spec().image()));
  }
}
