package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.Checks;
import java.util.OptionalLong;

/**
 * How far one manager of the group is, as the manager asked found out just now: whether it answered
 * and, if it did, up to which log index it has applied the log.
 *
 * @param id the member's id
 * @param reachable whether it answered within a short deadline
 * @param appliedIndex its applied log index; empty when it did not answer
 */
public record MemberProgress(String id, boolean reachable, OptionalLong appliedIndex) {
  public MemberProgress {
    Checks.notBlank("member id", id);
    Checks.notNull("applied index", appliedIndex);
  }

  /** A member that did not answer. */
  public static MemberProgress unreachable(String id) {
    return new MemberProgress(id, false, OptionalLong.empty());
  }

  /** A member that answered with its applied index. */
  public static MemberProgress reached(String id, long appliedIndex) {
    return new MemberProgress(id, true, OptionalLong.of(appliedIndex));
  }
}
