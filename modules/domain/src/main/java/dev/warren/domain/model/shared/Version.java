package dev.warren.domain.model.shared;

import dev.warren.domain.error.InvalidSpecException;

/** Optimistic-concurrency version of a live object: 1 when created, one more on every change. */
public record Version(long value) {
  public Version {
    if (value < 1) {
      throw new InvalidSpecException("version must be at least 1, got " + value);
    }
  }

  public static Version initial() {
    return new Version(1);
  }

  public Version next() {
    return new Version(value + 1);
  }

  public boolean follows(Version previous) {
    return value == previous.value + 1;
  }
}
