package dev.warren.testkit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes what a test registered, the last first, so a log closes before the state under it. A test
 * class holds one in a field annotated {@code @AutoClose}.
 */
public final class Closer implements AutoCloseable {
  private final Deque<AutoCloseable> open = new ArrayDeque<>();

  /** Registers {@code closeable} to be closed by {@link #close} and returns it. */
  public synchronized <T extends AutoCloseable> T register(T closeable) {
    open.push(closeable);
    return closeable;
  }

  /**
   * Closes everything registered, last first, even if one fails.
   *
   * @throws IllegalStateException carrying the first failure (and the later ones, suppressed)
   */
  @Override
  public synchronized void close() {
    IllegalStateException failed = null;
    while (!open.isEmpty()) {
      AutoCloseable next = open.pop();
      try {
        next.close();
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        if (failed == null) {
          failed = new IllegalStateException("closing " + next + " after the test failed", e);
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }
}
