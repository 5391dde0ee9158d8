package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.WireEnum;

/** Why a rollout was started: a new image, or a return to the previous spec. */
public enum RolloutKind implements WireEnum {
  UPDATE("update"),
  ROLLBACK("rollback");

  private final String wireName;

  RolloutKind(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
