package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.WireEnum;

/**
 * When a stopped replica is restarted. Warren's proto says none/on-failure/any while its code says
 * never/on-failure/always; both spellings are accepted, the proto's is the one we answer with.
 */
public enum RestartCondition implements WireEnum {
  NONE("none", "never"),
  ON_FAILURE("on-failure", "on-failure"),
  ANY("any", "always");

  private final String wireName;
  private final String alias;

  RestartCondition(String wireName, String alias) {
    this.wireName = wireName;
    this.alias = alias;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public boolean accepts(String spelling) {
    return wireName.equals(spelling) || alias.equals(spelling);
  }
}
