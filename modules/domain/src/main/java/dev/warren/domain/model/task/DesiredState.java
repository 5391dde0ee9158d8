package dev.warren.domain.model.task;

import dev.warren.domain.model.shared.WireEnum;

/** What the managers want a task to be doing. */
public enum DesiredState implements WireEnum {
  RUNNING("running"),
  SHUTDOWN("shutdown");

  private final String wireName;

  DesiredState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
