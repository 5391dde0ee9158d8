package dev.warren.domain.port.in;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.shared.Checks;

/** How a caller names an ingress: by id or by its unique name. */
public sealed interface IngressRef {

  record ById(IngressId id) implements IngressRef {
    public ById {
      Checks.notNull("ingress id", id);
    }
  }

  record ByName(String name) implements IngressRef {
    public ByName {
      Checks.name("ingress name", name);
    }
  }

  /**
   * The ingress that warren.v1's id and name fields name: the id when it is set, else the name.
   *
   * @throws InvalidSpecException if both are empty or the one used is malformed
   */
  static IngressRef of(String id, String name) {
    if (id != null && !id.isEmpty()) {
      return new ById(IngressId.of(id));
    }
    if (name == null || name.isEmpty()) {
      throw new InvalidSpecException("ingress id or name is required");
    }
    return new ByName(name);
  }
}
