package dev.warren.cli.apply;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds {@code apply -f} knows, in the order it applies them: what a service refers to
 * (secrets, volumes) before services, and services before the ingresses that route to them.
 */
final class ResourceKinds {
  static final List<ResourceKind<?, ?>> IN_APPLY_ORDER =
      List.of(new SecretKind(), new VolumeKind(), new ServiceKind(), new IngressKind());

  private ResourceKinds() {}

  static Optional<ResourceKind<?, ?>> named(String kind) {
    return IN_APPLY_ORDER.stream().filter(known -> known.kind().equals(kind)).findFirst();
  }

  static int applyOrder(ResourceKind<?, ?> kind) {
    return IN_APPLY_ORDER.indexOf(kind);
  }

  static String names() {
    return IN_APPLY_ORDER.stream().map(ResourceKind::kind).collect(Collectors.joining(", "));
  }
}
