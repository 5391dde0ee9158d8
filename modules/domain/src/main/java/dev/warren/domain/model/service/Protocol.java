package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.WireEnum;

/** Transport protocol of a published port. */
public enum Protocol implements WireEnum {
  TCP("tcp"),
  UDP("udp");

  private final String wireName;

  Protocol(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
