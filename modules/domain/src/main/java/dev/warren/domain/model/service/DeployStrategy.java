package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.WireEnum;

/** How a new image replaces the running one. */
public enum DeployStrategy implements WireEnum {
  ROLLING("rolling"),
  BLUE_GREEN("blue-green"),
  CANARY("canary");

  private final String wireName;

  DeployStrategy(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
