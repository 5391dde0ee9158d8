package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.WireEnum;

/**
 * Progress of a rollout. The API records rollouts as pending; the deployer on the leader moves them
 * on (in progress, then completed, paused or failed), persisting each step so that a new leader
 * resumes where the old one stopped. An update whose failure action is rollback, once it fails,
 * becomes a rollback rollout that is rolling back and ends rolled back: both say the update failed,
 * and the rollout's reason says why.
 */
public enum RolloutState implements WireEnum {
  PENDING("pending"),
  IN_PROGRESS("in-progress"),
  PAUSED("paused"),
  COMPLETED("completed"),
  FAILED("failed"),
  ROLLING_BACK("rolling-back"),
  ROLLED_BACK("rolled-back");

  private final String wireName;

  RolloutState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /**
   * Whether the deployer still moves a rollout in this state on (a paused one waits for a user).
   */
  public boolean isActive() {
    return this == PENDING || this == IN_PROGRESS || this == ROLLING_BACK;
  }

  /** Whether a rollout in this state is over: nothing more will happen to it. */
  public boolean isFinished() {
    return this == COMPLETED || this == FAILED || this == ROLLED_BACK;
  }
}
