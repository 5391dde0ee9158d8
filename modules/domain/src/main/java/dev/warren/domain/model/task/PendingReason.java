package dev.warren.domain.model.task;

import dev.warren.domain.model.shared.Checks;

/** Why a waiting container is on no node yet ("no node satisfies node.labels.disk==ssd"). */
public record PendingReason(TaskId taskId, String reason) {
  public static final int MAX_CHARS = 512;

  public PendingReason {
    Checks.notNull("container id", taskId);
    Checks.maxLength("pending reason", reason, MAX_CHARS);
  }
}
