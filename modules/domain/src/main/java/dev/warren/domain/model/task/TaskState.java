package dev.warren.domain.model.task;

import dev.warren.domain.model.shared.WireEnum;

/**
 * Observed lifecycle of a task. States only move forward (declaration order); complete, failed and
 * shutdown are terminal.
 */
public enum TaskState implements WireEnum {
  PENDING("pending"),
  ASSIGNED("assigned"),
  STARTING("starting"),
  RUNNING("running"),
  COMPLETE("complete"),
  FAILED("failed"),
  SHUTDOWN("shutdown");

  private final String wireName;

  TaskState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** Warren's proto calls shutdown "stopped"; we accept both. */
  @Override
  public boolean accepts(String spelling) {
    return wireName.equals(spelling) || (this == SHUTDOWN && "stopped".equals(spelling));
  }

  public boolean isTerminal() {
    return this == COMPLETE || this == FAILED || this == SHUTDOWN;
  }

  /** The one rule for transitions: forward only, never out of a terminal state. */
  public boolean canMoveTo(TaskState next) {
    return !isTerminal() && next.ordinal() > ordinal();
  }
}
