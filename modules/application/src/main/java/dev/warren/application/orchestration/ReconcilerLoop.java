package dev.warren.application.orchestration;

import dev.warren.application.loop.PassLoop;
import dev.warren.domain.change.NodeChange;
import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.change.TaskChange;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Drives a {@link ServiceReconciler} and, after it in the same pass, a {@link Deployer} on the
 * leader: a pass whenever a committed change touches services, replicas or nodes ({@link
 * #onApplied}, registered on the apply logic), at the instant a backed-off restart is due or a
 * rollout's delay, grace period or stability window ends, and on a slow sweep. Passes run one at a
 * time on one thread, so the two never decide concurrently.
 */
public final class ReconcilerLoop implements AutoCloseable {
  /** A safety pass this often, whatever the events said. */
  public static final Duration DEFAULT_SWEEP = Duration.ofSeconds(10);

  private final ServiceReconciler reconciler;
  private final Optional<Deployer> deployer;
  private final PassLoop loop;
  private final Duration sweep;

  public ReconcilerLoop(ServiceReconciler reconciler, InstantSource clock, Duration sweep) {
    this(reconciler, Optional.empty(), clock, sweep);
  }

  public ReconcilerLoop(
      ServiceReconciler reconciler, Deployer deployer, InstantSource clock, Duration sweep) {
    this(reconciler, Optional.of(deployer), clock, sweep);
  }

  private ReconcilerLoop(
      ServiceReconciler reconciler,
      Optional<Deployer> deployer,
      InstantSource clock,
      Duration sweep) {
    this.reconciler = reconciler;
    this.deployer = deployer;
    this.sweep = sweep;
    this.loop = PassLoop.paced("service-reconciler", this::pass, clock);
  }

  /** Starts with a pass at once. */
  public void start() {
    loop.start(sweep);
  }

  /** Notes a committed change; one that can change what should run asks for a pass. */
  public void onApplied(long index, StateChange change) {
    if (change instanceof ServiceChange
        || change instanceof TaskChange
        || change instanceof NodeChange) {
      loop.requestPass();
    }
  }

  @Override
  public void close() {
    loop.close();
  }

  private void pass() {
    reconciler.reconcileOnce().nextRestart().ifPresent(loop::passAt);
    deployer.ifPresent(rollouts -> rollouts.deployOnce().wakeAt().ifPresent(loop::passAt));
  }
}
