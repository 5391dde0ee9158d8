package dev.warren.domain.model.node;

import dev.warren.domain.model.shared.WireEnum;

/**
 * What a node does: a manager runs Raft and the API, a worker runs containers, hybrid does both.
 */
public enum NodeRole implements WireEnum {
  MANAGER("manager"),
  WORKER("worker"),
  HYBRID("hybrid");

  private final String wireName;

  NodeRole(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  public boolean runsContainers() {
    return this != MANAGER;
  }

  public boolean isManager() {
    return this != WORKER;
  }
}
