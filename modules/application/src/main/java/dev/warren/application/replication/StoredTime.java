package dev.warren.application.replication;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/** The times the use cases stamp on what they store. */
public final class StoredTime {
  private StoredTime() {}

  /** Microsecond precision: what survives every encoding we use, so reads equal what we return. */
  public static Instant now(InstantSource clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
