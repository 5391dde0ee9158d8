package dev.warren.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition in a test: polled until it holds, failing after a deadline. */
public final class Await {
  /** Long enough for real processes and loops on a busy two-core machine. */
  public static final Duration DEFAULT = Duration.ofSeconds(20);

  private Await() {}

  /** Waits up to {@link #DEFAULT} for {@code condition}. */
  public static void until(BooleanSupplier condition) {
    until(condition, DEFAULT);
  }

  /** Waits up to {@code deadline} for {@code condition}, failing the test after it. */
  public static void until(BooleanSupplier condition, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - end > 0) {
        throw new AssertionError("condition not met within " + deadline);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
    }
  }
}
