package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;

/** A named volume mounted at a path inside the container. */
public record VolumeMount(String source, String target, boolean readOnly) {
  public VolumeMount {
    Checks.name("volume mount source", source);
    Checks.notBlank("volume mount target", target);
    if (!target.startsWith("/")) {
      throw new dev.warren.domain.error.InvalidSpecException(
          "volume mount target " + Checks.quote(target) + " must be an absolute path");
    }
  }
}
