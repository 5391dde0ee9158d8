package dev.warren.domain.model.node;

import dev.warren.domain.model.shared.WireEnum;

/**
 * What the scheduler may do with a node, as an operator set it: {@code active} takes new replicas,
 * {@code pause} keeps what runs but takes nothing new, {@code drain} takes nothing and has its
 * replicas moved elsewhere.
 */
public enum NodeAvailability implements WireEnum {
  ACTIVE("active"),
  PAUSE("pause"),
  DRAIN("drain");

  private final String wireName;

  NodeAvailability(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
