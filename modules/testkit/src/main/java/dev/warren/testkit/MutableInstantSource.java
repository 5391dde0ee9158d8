package dev.warren.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests set and advance by hand; thread-safe. */
public final class MutableInstantSource implements InstantSource {
  private final AtomicReference<Instant> now;

  public MutableInstantSource(Instant start) {
    now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /** Moves the clock forward (or back, for a negative amount) and returns the new time. */
  public Instant advance(Duration amount) {
    return now.updateAndGet(current -> current.plus(amount));
  }
}
