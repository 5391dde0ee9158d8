package dev.warren.cli.service;

import dev.warren.cli.render.Details;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;

/**
 * A rollout in words, as {@code service update --detach=false} prints its progress and {@code
 * service inspect} its state: one line per step, the same words in both.
 */
final class RolloutText {
  private RolloutText() {}

  /**
   * What the rollout does, from which image to which: {@code rolling update nginx:1 -> nginx:2}.
   */
  static String what(Rollout rollout) {
    String kind = rollout.kind() == RolloutKind.ROLLBACK ? "rollback" : "update";
    return rollout.strategy().wireName()
        + " "
        + kind
        + " "
        + rollout.fromImage()
        + " -> "
        + rollout.toImage();
  }

  /** One line of progress: {@code web: rolling update nginx:1 -> nginx:2: in-progress}. */
  static String progress(String serviceName, Rollout rollout) {
    return serviceName + ": " + what(rollout) + ": " + rollout.state().wireName();
  }

  /** One line above {@code service ps}: {@code Rollout: in-progress (rolling update a -> b)}. */
  static String summary(Rollout rollout) {
    return "Rollout: " + rollout.state().wireName() + " (" + what(rollout) + ")";
  }

  /** The rollout's lines of {@code service inspect}. */
  static void describe(Rollout rollout, Details details) {
    details
        .line("Rollout:", rollout.state().wireName() + " (" + what(rollout) + ")")
        .line("Rollout of:", "version " + rollout.serviceVersion().value())
        .since("Rollout began:", rollout.startedAt())
        .since("Rollout moved:", rollout.updatedAt());
  }
}
