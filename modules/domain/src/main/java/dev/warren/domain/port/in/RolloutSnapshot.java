package dev.warren.domain.port.in;

import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import java.util.List;

/**
 * A service's rollout as a reader follows it: the rollout itself (state, step, reason), how many
 * replicas the service wants, and each of its replicas with the service version it was made from
 * and whether it runs the service's current spec ({@code 4/10 updated}; which replica is starting).
 *
 * @param desiredReplicas the replicas the service wants running (for a global service, those it has
 *     wanted running so far)
 * @param replicas every replica of the service the state still holds, ended ones included, by slot
 */
public record RolloutSnapshot(Rollout rollout, int desiredReplicas, List<Replica> replicas) {
  public RolloutSnapshot {
    Checks.notNull("rollout", rollout);
    Checks.atLeast("desired replicas", desiredReplicas, 0);
    replicas = List.copyOf(Checks.notNull("replicas", replicas));
  }

  /**
   * One replica as a rollout concerns it.
   *
   * @param serviceVersion the version of the service whose spec it was made from
   * @param runsCurrentSpec whether it runs what the service's current spec asks of a replica
   */
  public record Replica(
      TaskId id,
      int slot,
      Version serviceVersion,
      boolean runsCurrentSpec,
      TaskState state,
      DesiredState desiredState) {
    public Replica {
      Checks.notNull("replica id", id);
      Checks.notNull("replica service version", serviceVersion);
      Checks.notNull("replica state", state);
      Checks.notNull("replica desired state", desiredState);
    }

    /** Wanted running and not ended: a replica the service counts on or soon will. */
    public boolean isWanted() {
      return desiredState == DesiredState.RUNNING && !state.isTerminal();
    }

    /** Wanted, on the current spec and running: what {@code N/M updated} counts. */
    public boolean isUpdated() {
      return isWanted() && runsCurrentSpec && state == TaskState.RUNNING;
    }

    /** Wanted, on the current spec and not yet running: a replica the rollout is starting. */
    public boolean isStarting() {
      return isWanted() && runsCurrentSpec && state != TaskState.RUNNING;
    }
  }

  /** The replicas {@link Replica#isUpdated() updated} so far. */
  public long updatedCount() {
    return replicas.stream().filter(Replica::isUpdated).count();
  }
}
