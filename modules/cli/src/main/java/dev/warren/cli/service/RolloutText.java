package dev.warren.cli.service;

import dev.warren.cli.render.Details;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.port.in.RolloutSnapshot;
import java.util.List;

/**
 * A rollout in words, as {@code service update --detach=false} prints its progress, {@code service
 * inspect} and {@code service ps} its state: the same words everywhere.
 */
final class RolloutText {
  /** How many starting replicas a progress line names before it says "and N more". */
  static final int NAMED_REPLICAS = 5;

  private RolloutText() {}

  /**
   * What the rollout does, from which image to which: {@code rolling update nginx:1 -> nginx:2}.
   */
  static String what(Rollout rollout) {
    return rollout.strategy().wireName()
        + " "
        + kindWord(rollout.kind())
        + " "
        + rollout.fromImage()
        + " -> "
        + rollout.toImage();
  }

  static String kindWord(RolloutKind kind) {
    return kind == RolloutKind.ROLLBACK ? "rollback" : "update";
  }

  /**
   * How far it got: {@code in-progress, step 2/5, 4/10 updated}, and why it paused or failed if it
   * did.
   */
  static String progress(RolloutSnapshot snapshot) {
    Rollout rollout = snapshot.rollout();
    var text = new StringBuilder(rollout.state().wireName());
    if (rollout.stepCount() > 0) {
      text.append(", step ").append(rollout.step()).append('/').append(rollout.stepCount());
    }
    text.append(", ")
        .append(snapshot.updatedCount())
        .append('/')
        .append(snapshot.desiredReplicas())
        .append(" updated");
    return text.toString();
  }

  /**
   * One line of progress as the watch moves: {@code web: rolling update a -> b: in-progress, step
   * 2/5, 4/10 updated; starting web.5, web.6; <reason>}.
   */
  static String progressLine(String serviceName, RolloutSnapshot snapshot) {
    var line =
        new StringBuilder(serviceName)
            .append(": ")
            .append(what(snapshot.rollout()))
            .append(": ")
            .append(progress(snapshot));
    List<String> starting =
        snapshot.replicas().stream()
            .filter(RolloutSnapshot.Replica::isStarting)
            .map(replica -> serviceName + "." + replica.slot())
            .toList();
    if (!starting.isEmpty()) {
      line.append("; starting ")
          .append(
              String.join(", ", starting.subList(0, Math.min(NAMED_REPLICAS, starting.size()))));
      if (starting.size() > NAMED_REPLICAS) {
        line.append(" and ").append(starting.size() - NAMED_REPLICAS).append(" more");
      }
    }
    if (!snapshot.rollout().reason().isEmpty()) {
      line.append("; ").append(snapshot.rollout().reason());
    }
    return line.toString();
  }

  /** One line above {@code service ps}: {@code Rollout: rolling update a -> b: completed, ...}. */
  static String summary(RolloutSnapshot snapshot) {
    String reason = snapshot.rollout().reason();
    return "Rollout: "
        + what(snapshot.rollout())
        + ": "
        + progress(snapshot)
        + (reason.isEmpty() ? "" : "; " + reason);
  }

  /** The rollout's lines of {@code service inspect}. */
  static void describe(RolloutSnapshot snapshot, Details details) {
    Rollout rollout = snapshot.rollout();
    details
        .line("Rollout:", what(rollout))
        .line("Rollout state:", progress(snapshot))
        .lineIfAny("Rollout reason:", rollout.reason())
        .line(
            "Rollout of:",
            "version "
                + rollout.serviceVersion().value()
                + " (replacing "
                + rollout.previousVersion().value()
                + ")")
        .since("Rollout began:", rollout.startedAt())
        .since("Rollout moved:", rollout.updatedAt());
  }
}
