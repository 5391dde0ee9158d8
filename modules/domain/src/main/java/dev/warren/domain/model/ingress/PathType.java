package dev.warren.domain.model.ingress;

import dev.warren.domain.model.shared.WireEnum;

/** How an ingress path matches a request path. */
public enum PathType implements WireEnum {
  PREFIX("Prefix"),
  EXACT("Exact");

  private final String wireName;

  PathType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
