package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.WireEnum;

/** Whether a member votes: voters count for quorum, non-voters only follow the log. */
public enum Suffrage implements WireEnum {
  VOTER("Voter"),
  NONVOTER("Nonvoter"),
  STAGING("Staging");

  private final String wireName;

  Suffrage(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
