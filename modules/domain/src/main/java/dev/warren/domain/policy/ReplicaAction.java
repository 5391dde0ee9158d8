package dev.warren.domain.policy;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.TaskId;
import java.time.Instant;

/** One step that brings a replicated service's slots to what its spec asks. */
public sealed interface ReplicaAction {

  /** Create a new replica in {@code slot}; {@code attempt} counts restarts of that slot from 1. */
  record StartReplica(int slot, int attempt) implements ReplicaAction {
    public StartReplica {
      Checks.atLeast("slot", slot, 0);
      Checks.atLeast("attempt", attempt, 1);
    }
  }

  /** Create a new replica of a global service on {@code node}; {@code attempt} as above. */
  record StartReplicaOn(NodeId node, int attempt) implements ReplicaAction {
    public StartReplicaOn {
      Checks.notNull("node id", node);
      Checks.atLeast("attempt", attempt, 1);
    }
  }

  /**
   * Place {@code taskId}, a replica of {@code slot} that waits on no node (its restart delay is
   * over, or no node could take it before).
   */
  record PlaceReplica(TaskId taskId, int slot) implements ReplicaAction {
    public PlaceReplica {
      Checks.notNull("container id", taskId);
      Checks.atLeast("slot", slot, 0);
    }
  }

  /** Shut the replica down (scaled down, or a second live replica in one slot). */
  record StopReplica(TaskId taskId, String reason) implements ReplicaAction {
    public StopReplica {
      Checks.notNull("container id", taskId);
      Checks.notNull("reason", reason);
    }
  }

  /**
   * The slot's last replica ended; a new one starts at {@code at}, backing off (the replica that
   * will start waits on no node meanwhile, so {@code service ps} shows the wait).
   */
  record AwaitRestart(int slot, Instant at, int attempt) implements ReplicaAction {
    public AwaitRestart {
      Checks.atLeast("slot", slot, 0);
      Checks.notNull("at", at);
      Checks.atLeast("attempt", attempt, 1);
    }
  }

  /** The slot stays empty: the restart policy says no more, and why. */
  record LeaveEmpty(int slot, String reason) implements ReplicaAction {
    public LeaveEmpty {
      Checks.atLeast("slot", slot, 0);
      Checks.notNull("reason", reason);
    }
  }
}
