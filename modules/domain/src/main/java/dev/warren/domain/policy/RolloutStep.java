package dev.warren.domain.policy;

import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the deployer does next for one rollout, as {@link RolloutPlanning} decided it. */
public sealed interface RolloutStep {

  /**
   * Move on: start a replica of the new spec in each of {@code startInSlots} (beside whatever runs
   * there), stop {@code stop}, record {@code progress} if the rollout's state, step or reason
   * changed, and look again at {@code wakeAt} if nothing else happens before (a delay, a grace
   * period or a stability window ends then).
   */
  record Advance(
      List<Integer> startInSlots,
      List<TaskId> stop,
      Optional<Rollout> progress,
      Optional<Instant> wakeAt)
      implements RolloutStep {
    public Advance {
      startInSlots = Checks.list("slots to start", startInSlots);
      stop = Checks.list("replicas to stop", stop);
      Checks.notNull("progress", progress);
      Checks.notNull("wake at", wakeAt);
    }

    /** Whether this step changes nothing. */
    public boolean idle() {
      return startInSlots.isEmpty() && stop.isEmpty() && progress.isEmpty();
    }
  }

  /**
   * The update failed and its failure action is rollback: the service goes back to its previous
   * spec, as a rollback rollout that says {@code reason}.
   */
  record RollBack(String reason) implements RolloutStep {
    public RollBack {
      Checks.notBlank("rollback reason", reason);
    }
  }
}
