package dev.warren.domain.model.node;

import dev.warren.domain.model.shared.WireEnum;

/** Liveness of a node as the managers see it. */
public enum NodeStatus implements WireEnum {
  READY("ready"),
  DOWN("down"),
  UNKNOWN("unknown"),
  DRAINING("draining");

  private final String wireName;

  NodeStatus(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
