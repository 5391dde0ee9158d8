package dev.warren.application.workload;

import dev.warren.domain.error.NotFoundException;
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
          reader
              .get(EntityKind.SERVICE, byId.id().value())
              .orElseThrow(() -> new NotFoundException("service not found: " + byId.id()));
      case ServiceRef.ByName byName ->
          reader
              .findByName(EntityKind.SERVICE, byName.name())
              .orElseThrow(() -> new NotFoundException("service not found: " + byName.name()));
    };
  }
}
