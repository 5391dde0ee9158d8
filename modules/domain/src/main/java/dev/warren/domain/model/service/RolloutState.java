package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.WireEnum;

/**
 * Progress of a rollout. The API records rollouts as pending; the deployer on the leader moves them
 * on (in progress, then completed, paused or failed), persisting each step so that a new leader
 * resumes where the old one stopped.
 */
public enum RolloutState implements WireEnum {
  PENDING("pending"),
  IN_PROGRESS("in-progress"),
  PAUSED("paused"),
  COMPLETED("completed"),
  FAILED("failed");

  private final String wireName;

  RolloutState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
