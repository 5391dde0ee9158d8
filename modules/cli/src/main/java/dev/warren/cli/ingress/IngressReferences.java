package dev.warren.cli.ingress;

import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.port.in.IngressRef;
import java.util.regex.Pattern;

/** What a user typed to name an ingress: a UUID is an id, anything else a name. */
final class IngressReferences {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private IngressReferences() {}

  /**
   * @throws dev.warren.domain.error.InvalidSpecException if it is neither
   */
  static IngressRef parse(String idOrName) {
    return UUID.matcher(idOrName).matches()
        ? new IngressRef.ById(IngressId.of(idOrName))
        : new IngressRef.ByName(idOrName);
  }
}
