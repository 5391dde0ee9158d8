package dev.warren.application.workload;

import dev.warren.application.replication.Lookups;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;

/** Finds a service by id or name, or says which one is missing. */
final class ServiceLookup {
  private ServiceLookup() {}

  static Service find(StateReader reader, ServiceRef ref) {
    return switch (ref) {
      case ServiceRef.ById byId ->
          Lookups.byId(reader, EntityKind.SERVICE, "service", byId.id().value());
      case ServiceRef.ByName byName ->
          Lookups.byName(reader, EntityKind.SERVICE, "service", byName.name());
    };
  }
}
