package dev.warren.domain.change;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.out.StateWriter;

/**
 * A change a leader-only control loop decided while this manager led in {@code term}: the fence
 * against a deposed leader. Raft gives every entry the term of the leader that appended it; an
 * entry whose decision term is older than its own was decided by a leader that has since lost its
 * leadership (its proposal reached the new leader late), so the apply logic rejects it as a no-op
 * and the new leader's loops decide afresh. Subscribers see the change it carries, never the
 * wrapper.
 */
public record LeaderDecision(long term, StateChange change) implements StateChange {
  public LeaderDecision {
    Checks.atLeast("decision term", term, 0);
    Checks.notNull("decided change", change);
    if (change instanceof LeaderDecision) {
      throw new dev.warren.domain.error.InvalidSpecException("a decision cannot wrap a decision");
    }
  }

  /** The change a decision carries, or {@code change} itself. */
  public static StateChange unwrap(StateChange change) {
    return change instanceof LeaderDecision decision ? decision.change() : change;
  }

  /**
   * Whether a decision made in {@code term} may be applied at a log position of {@code logTerm}.
   */
  public static boolean current(long term, long logTerm) {
    return term >= logTerm;
  }

  @Override
  public void applyTo(StateWriter state) {
    change.applyTo(state);
  }
}
