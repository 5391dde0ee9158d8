package dev.warren.application.worker;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RecordHeartbeatUseCase;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.in.WatchContainersUseCase;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drives a {@link WorkerAgent}: a pass whenever the node's assignments change (a watch of its
 * containers wakes it), a safety pass on a slow timer, and a heartbeat with every container's
 * state at a fixed interval. Passes run one at a time on one thread, and a burst of changes
 * coalesces into one pass. A failed pass or heartbeat (a manager away) is logged in one line and
 * simply tried again at the next tick; a watch that was cut off or could not be opened is opened
 * again then.
 */
public final class WorkerLoop implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(WorkerLoop.class.getName());

  /** How often a worker heartbeats and sweeps, and how long a stopped loop waits for a pass. */
  public record Timing(Duration heartbeat, Duration sweep) {
    /** Warren's defaults: a heartbeat every 5 s, a safety pass every 30 s. */
    public static final Timing DEFAULT = new Timing(Duration.ofSeconds(5), Duration.ofSeconds(30));

    public Timing {
      if (heartbeat.isNegative() || heartbeat.isZero() || sweep.isNegative() || sweep.isZero()) {
        throw new IllegalArgumentException("worker intervals must be positive");
      }
    }
  }

  private final WorkerAgent agent;
  private final WatchContainersUseCase watches;
  private final RecordHeartbeatUseCase heartbeats;
  private final Timing timing;
  private final ScheduledExecutorService executor;
  private final AtomicBoolean passPending = new AtomicBoolean();
  private volatile ContainerWatch watch;

  public WorkerLoop(
      WorkerAgent agent,
      WatchContainersUseCase watches,
      RecordHeartbeatUseCase heartbeats,
      Timing timing) {
    this.agent = agent;
    this.watches = watches;
    this.heartbeats = heartbeats;
    this.timing = timing;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "worker-" + agent.node());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts watching, passing and heartbeating; the first pass runs at once. */
  public void start() {
    executor.execute(this::openWatch);
    requestPass();
    executor.scheduleWithFixedDelay(
        this::heartbeat, 0, timing.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(
        this::sweep, timing.sweep().toMillis(), timing.sweep().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks for a pass soon; several requests before it runs make one pass. */
  public void requestPass() {
    if (passPending.compareAndSet(false, true)) {
      executor.execute(this::pass);
    }
  }

  /**
   * Stops the loop and its watch. Containers keep running: they belong to the cluster, and the
   * next worker on this node adopts them.
   */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ContainerWatch open = watch;
    if (open != null) {
      open.close();
    }
  }

  private void pass() {
    passPending.set(false);
    drainWatch();
    try {
      agent.reconcileOnce();
    } catch (DomainException e) {
      LOG.log(Level.WARNING, "worker pass failed, tried again soon: {0}", e.getMessage());
    }
  }

  private void sweep() {
    if (watch == null) {
      openWatch();
    }
    requestPass();
  }

  private void heartbeat() {
    try {
      heartbeats.record(
          new RecordHeartbeatRequest(agent.node(), Optional.empty(), agent.statuses()));
    } catch (DomainException e) {
      LOG.log(Level.WARNING, "heartbeat failed, tried again in {0}: {1}", timing.heartbeat(), e.getMessage());
    }
  }

  private void openWatch() {
    try {
      watch = watches.watch(new WatchContainersRequest(agent.node()), this::requestPass);
    } catch (DomainException e) {
      watch = null;
      LOG.log(Level.WARNING, "cannot watch this node''s containers, tried again soon: {0}", e.getMessage());
    }
  }

  /** The events only say "something changed": the pass reads the assignments whole. */
  private void drainWatch() {
    ContainerWatch open = watch;
    if (open == null) {
      return;
    }
    try {
      while (open.poll().isPresent()) {
        // drained
      }
    } catch (DomainException e) {
      open.close();
      watch = null;
      executor.execute(this::openWatch);
    }
  }
}
