package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;

/** Resources a replica asks for; 1024 cpu shares are one core. Zero means unlimited. */
public record Resources(long cpuShares, long memoryBytes, long memoryReservationBytes) {
  public static final Resources UNLIMITED = new Resources(0, 0, 0);

  public Resources {
    Checks.atLeast("cpu shares", cpuShares, 0);
    Checks.atLeast("memory bytes", memoryBytes, 0);
    Checks.atLeast("memory reservation bytes", memoryReservationBytes, 0);
    if (memoryBytes > 0 && memoryReservationBytes > memoryBytes) {
      throw new dev.warren.domain.error.InvalidSpecException(
          "memory reservation bytes ("
              + memoryReservationBytes
              + ") exceeds memory bytes ("
              + memoryBytes
              + ")");
    }
  }
}
