package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.WireEnum;

/** What a rollout does when updated replicas fail. */
public enum FailureAction implements WireEnum {
  PAUSE("pause"),
  CONTINUE("continue"),
  ROLLBACK("rollback");

  private final String wireName;

  FailureAction(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
