package dev.warren.bootstrap.lifecycle;

import dev.warren.domain.error.UnavailableException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a starting worker waits for its managers: while none answers ({@link UnavailableException}),
 * it tries again after a pause that doubles from {@code first} up to {@code longest}, each pause
 * jittered by ±20 % so that workers restarted together do not knock in step, and says so in one
 * line per attempt. Any other failure (a refused token) ends the wait at once. {@link #cancel()}
 * (the worker being stopped) ends it too.
 */
public final class ManagerRetry {
  private static final System.Logger LOG = System.getLogger(ManagerRetry.class.getName());

  private final Duration first;
  private final Duration longest;
  private final Consumer<String> notices;
  private final CountDownLatch cancelled = new CountDownLatch(1);

  /**
   * @param notices where the line of each failed attempt goes
   */
  public ManagerRetry(Duration first, Duration longest, Consumer<String> notices) {
    this.first = Objects.requireNonNull(first, "first pause");
    this.longest = Objects.requireNonNull(longest, "longest pause");
    this.notices = Objects.requireNonNull(notices, "notices");
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "pauses must be positive and the longest at least the first: " + first + ", " + longest);
    }
  }

  /** From 1 s up to 30 s, each attempt's line logged as a warning. */
  public static ManagerRetry standard() {
    return new ManagerRetry(
        Duration.ofSeconds(1), Duration.ofSeconds(30), line -> LOG.log(Level.WARNING, line));
  }

  /**
   * The answer of {@code attempt} once a manager gives one.
   *
   * @throws UnavailableException if the wait was cancelled before any manager answered
   */
  public <T> T untilAnswered(Supplier<T> attempt) {
    Duration pause = first;
    for (int attempts = 1; ; attempts++) {
      try {
        return attempt.get();
      } catch (UnavailableException away) {
        Duration jittered = jitter(pause);
        notices.accept(
            away.getMessage()
                + "; trying again in "
                + String.format(java.util.Locale.ROOT, "%.1f", jittered.toMillis() / 1000.0)
                + " s (attempt "
                + attempts
                + ")");
        if (await(jittered)) {
          throw new UnavailableException(
              "stopped before a manager answered (" + away.getMessage() + ")", away);
        }
        pause = pause.multipliedBy(2).compareTo(longest) > 0 ? longest : pause.multipliedBy(2);
      }
    }
  }

  /** Ends a wait in progress, and any later one at its first failure. */
  public void cancel() {
    cancelled.countDown();
  }

  private boolean await(Duration pause) {
    try {
      return cancelled.await(pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private static Duration jitter(Duration pause) {
    double factor = ThreadLocalRandom.current().nextDouble(0.8, 1.2);
    return Duration.ofMillis(Math.max(1, Math.round(pause.toMillis() * factor)));
  }
}
