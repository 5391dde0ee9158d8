package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.WireEnum;

/**
 * Replicated services run a fixed number of replicas; global ones run one on every eligible node.
 */
public enum ServiceMode implements WireEnum {
  REPLICATED("replicated"),
  GLOBAL("global");

  private final String wireName;

  ServiceMode(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
