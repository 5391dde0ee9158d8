package dev.warren.adapters.grpc;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How this adapter stops a gRPC server or channel: gracefully first, then forced. {@code Server}
 * and {@code ManagedChannel} offer the same three methods without a common type, so they are passed
 * as method references.
 */
final class GracefulStop {
  private GracefulStop() {}

  /** Waits up to a time for the stop to complete; true if it did. */
  @FunctionalInterface
  interface Termination {
    boolean await(long timeout, TimeUnit unit) throws InterruptedException;
  }

  /**
   * Calls {@code shutdown} and waits up to {@code grace}; if that was not enough, calls {@code
   * shutdownNow} and waits up to {@code afterForcing} more. An interrupt forces the stop at once
   * and stays set.
   */
  static void stop(
      Runnable shutdown,
      Termination termination,
      Runnable shutdownNow,
      Duration grace,
      Duration afterForcing) {
    shutdown.run();
    try {
      if (!termination.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        shutdownNow.run();
        if (!afterForcing.isZero()) {
          termination.await(afterForcing.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
    } catch (InterruptedException interrupted) {
      shutdownNow.run();
      Thread.currentThread().interrupt();
    }
  }
}
