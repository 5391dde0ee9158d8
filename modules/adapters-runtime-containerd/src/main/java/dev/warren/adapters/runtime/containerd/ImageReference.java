package dev.warren.adapters.runtime.containerd;

import dev.warren.domain.error.InvalidSpecException;

/**
 * An OCI image reference, normalised as docker does: {@code nginx} is {@code
 * docker.io/library/nginx:latest}.
 *
 * @param registry the registry's host (and port) as written, {@code docker.io} for Docker Hub
 * @param repository the repository path in that registry
 * @param reference a tag or a {@code sha256:} digest
 */
record ImageReference(String registry, String repository, String reference) {
  static final String DOCKER_HUB = "docker.io";

  /** Parses {@code image}, or explains why it is no image reference. */
  static ImageReference parse(String image) {
    if (image.isBlank()
        || image.contains("://")
        || image.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidSpecException(
          "'" + shorten(image) + "' is not an image reference such as registry.example/app:1.2");
    }
    String rest = image;
    String reference = "latest";
    int at = rest.indexOf('@');
    if (at >= 0) {
      reference = rest.substring(at + 1);
      rest = rest.substring(0, at);
    } else {
      int colon = rest.lastIndexOf(':');
      if (colon > rest.lastIndexOf('/')) {
        reference = rest.substring(colon + 1);
        rest = rest.substring(0, colon);
      }
    }
    String registry = DOCKER_HUB;
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    if (registry.equals(DOCKER_HUB) && !rest.contains("/")) {
      rest = "library/" + rest;
    }
    if (rest.isEmpty()
        || reference.isEmpty()
        || !rest.matches(
            "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*")) {
      throw new InvalidSpecException(
          "'" + shorten(image) + "' is not an image reference such as registry.example/app:1.2");
    }
    return new ImageReference(registry, rest, reference);
  }

  /** The host the registry's HTTP API answers on (Docker Hub's differs from its name). */
  String apiHost() {
    return registry.equals(DOCKER_HUB) ? "registry-1.docker.io" : registry;
  }

  /** Whether this is spoken to over plain HTTP: loopback registries, as docker does. */
  boolean loopback() {
    String host =
        registry.contains(":") ? registry.substring(0, registry.lastIndexOf(':')) : registry;
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
  }

  boolean byDigest() {
    return reference.startsWith("sha256:");
  }

  /** The name containerd's image record gets. */
  String canonical() {
    return registry + "/" + repository + (byDigest() ? "@" : ":") + reference;
  }

  @Override
  public String toString() {
    return canonical();
  }

  private static String shorten(String value) {
    return value.length() > 80 ? value.substring(0, 80) + "…" : value;
  }
}
