package dev.warren.application.loop;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a pass on one thread of its own: when {@link #requestPass asked} (many requests before it
 * runs make one pass), on a slow sweep timer, and at instants a pass asks for ({@link #passAt}).
 * Other periodic work ({@link #every}) shares the thread, so nothing a loop does runs concurrently
 * with its pass. A pass that throws is logged in one line and the loop goes on: the next request or
 * sweep tries again.
 *
 * <p>A {@link #paced paced} loop starts a pass no sooner after the previous one ended than that one
 * took. The reconciler's loop is paced: a pass over a large cluster takes time in proportion to it,
 * and a stream of changes (every create commits one) would otherwise run passes back to back and
 * take a whole core from the writes that asked for them; paced, passes use at most half of it, and
 * the changes that arrive meanwhile share the next pass. On a small cluster a pass takes a
 * millisecond, so nothing waits noticeably.
 */
public final class PassLoop implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(PassLoop.class.getName());

  private final String name;
  private final Runnable pass;
  private final InstantSource clock;
  private final ScheduledExecutorService executor;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final boolean paced;
  private volatile long nextPassNotBeforeNanos = System.nanoTime();

  /** A loop named {@code name} (its thread's name) around {@code pass}; nothing runs yet. */
  public PassLoop(String name, Runnable pass, InstantSource clock) {
    this(name, pass, clock, false);
  }

  /** A loop whose passes are spaced by at least their own duration (see the class comment). */
  public static PassLoop paced(String name, Runnable pass, InstantSource clock) {
    return new PassLoop(name, pass, clock, true);
  }

  private PassLoop(String name, Runnable pass, InstantSource clock, boolean paced) {
    this.paced = paced;
    this.name = name;
    this.pass = pass;
    this.clock = clock;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts: a pass at once, then one every {@code sweep} whatever else happens. */
  public void start(Duration sweep) {
    requestPass();
    every(sweep, this::requestPass);
  }

  /** Asks for a pass soon. Safe from any thread, including the log's apply thread. */
  public void requestPass() {
    if (pending.compareAndSet(false, true)) {
      submit(this::runPass);
    }
  }

  /** Asks for a pass at {@code at} (at once if that has passed). */
  public void passAt(Instant at) {
    long delayMillis = Math.max(0, Duration.between(clock.instant(), at).toMillis());
    schedule(this::requestPass, TimeUnit.MILLISECONDS.toNanos(delayMillis));
  }

  /** Runs {@code work} on this loop's thread every {@code period}, the first time at once. */
  public void every(Duration period, Runnable work) {
    executor.scheduleWithFixedDelay(
        () -> guarded(work), 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs {@code work} on this loop's thread soon. */
  public void submit(Runnable work) {
    try {
      executor.execute(() -> guarded(work));
    } catch (RejectedExecutionException closed) {
      // The loop was closed meanwhile: nothing more runs on it.
    }
  }

  /** Stops the loop, waiting up to 10 s for a running pass to end. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void runPass() {
    long early = paced ? nextPassNotBeforeNanos - System.nanoTime() : 0;
    if (early > 0) {
      schedule(this::runPass, early); // still pending: requests meanwhile join this pass
      return;
    }
    pending.set(false);
    long started = System.nanoTime();
    try {
      pass.run();
    } finally {
      long ended = System.nanoTime();
      nextPassNotBeforeNanos = ended + (ended - started);
    }
  }

  private void schedule(Runnable work, long delayNanos) {
    try {
      executor.schedule(() -> guarded(work), delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closed) {
      // The loop was closed meanwhile: nothing more runs on it.
    }
  }

  private void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "{0}: {1} (tried again at the next pass)",
          name,
          String.valueOf(e.getMessage()));
    }
  }
}
