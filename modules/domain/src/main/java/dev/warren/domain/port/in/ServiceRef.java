package dev.warren.domain.port.in;

import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;

/** How a caller names a service: by id or by its unique name. */
public sealed interface ServiceRef {

  record ById(ServiceId id) implements ServiceRef {
    public ById {
      Checks.notNull("service id", id);
    }
  }

  record ByName(String name) implements ServiceRef {
    public ByName {
      Checks.name("service name", name);
    }
  }

  /** Users type either; an id is tried first, then a name, as the Docker CLI does. */
  static ServiceRef parse(String idOrName) {
    Checks.notBlank("service", idOrName);
    return idOrName.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?") && !looksLikeUuid(idOrName)
        ? new ByName(idOrName)
        : new ById(ServiceId.of(idOrName));
  }

  private static boolean looksLikeUuid(String value) {
    return value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }
}
