package dev.warren.application.worker;

import dev.warren.application.loop.PassLoop;
import dev.warren.domain.error.DomainException;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RecordHeartbeatUseCase;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.in.WatchContainersUseCase;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Drives a {@link WorkerAgent}: a pass whenever the node's assignments change (a watch of its
 * containers wakes it), a safety pass on a slow timer, a heartbeat with every container's state at
 * a fixed interval, and the health checks that are due, all on one {@link PassLoop} thread. A
 * failed pass or heartbeat (a manager away) is tried again at the next tick; a watch that was cut
 * off or could not be opened is opened again then.
 */
public final class WorkerLoop implements AutoCloseable {

  /** How often a worker heartbeats, sweeps, and looks for health checks that are due. */
  public record Timing(Duration heartbeat, Duration sweep, Duration healthTick) {
    /** Warren's defaults: a heartbeat every 5 s, a safety pass every 30 s, health every second. */
    public static final Timing DEFAULT =
        new Timing(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1));

    public Timing {
      for (Duration interval : List.of(heartbeat, sweep, healthTick)) {
        if (interval.isNegative() || interval.isZero()) {
          throw new IllegalArgumentException("worker intervals must be positive, got " + interval);
        }
      }
    }
  }

  private final WorkerAgent agent;
  private final WatchContainersUseCase watches;
  private final RecordHeartbeatUseCase heartbeats;
  private final Timing timing;
  private final HealthMonitor health;
  private final PassLoop loop;
  private volatile ContainerWatch watch;

  public WorkerLoop(
      WorkerAgent agent,
      WatchContainersUseCase watches,
      RecordHeartbeatUseCase heartbeats,
      HealthMonitor health,
      Timing timing) {
    this.agent = agent;
    this.watches = watches;
    this.heartbeats = heartbeats;
    this.health = health;
    this.timing = timing;
    this.loop = new PassLoop("worker-" + agent.node(), this::pass, InstantSource.system());
  }

  /** Starts watching, passing and heartbeating; the first pass runs at once. */
  public void start() {
    loop.submit(this::openWatch);
    loop.start(timing.sweep());
    loop.every(timing.heartbeat(), this::heartbeat);
    loop.every(timing.healthTick(), () -> health.tick(agent.assignments(), agent.containers()));
  }

  /** Asks for a pass soon; several requests before it runs make one pass. */
  public void requestPass() {
    loop.requestPass();
  }

  /**
   * Stops the loop and its watch. Containers keep running: they belong to the cluster, and the next
   * worker on this node adopts them.
   */
  @Override
  public void close() {
    loop.close();
    ContainerWatch open = watch;
    if (open != null) {
      open.close();
    }
  }

  private void pass() {
    if (watch == null) {
      openWatch();
    }
    drainWatch();
    agent.reconcileOnce();
  }

  private void heartbeat() {
    heartbeats.record(new RecordHeartbeatRequest(agent.node(), Optional.empty(), agent.statuses()));
  }

  private void openWatch() {
    watch = watches.watch(new WatchContainersRequest(agent.node()), loop::requestPass);
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
      loop.submit(this::openWatch);
    }
  }
}
