package dev.warren.cli.service;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.RolloutSink;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.RolloutWatch;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.WatchRolloutRequest;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Waits for the rollout a command just started ({@code --detach=false}), printing a line whenever
 * it moves, and turns how it ended into the command's exit code: 0 once it completed; {@link
 * ExitCodes#ROLLOUT_NOT_COMPLETED} with the reason when it paused, failed, was rolled back or was
 * superseded by a newer update. Ctrl-C stops only the waiting: the rollout goes on on the managers.
 */
final class RolloutFollower {
  private final ManagerClient manager;
  private final PrintWriter progress;

  /** What the watch delivered, in order, to the waiting thread. */
  private sealed interface Delivery {
    record Snapshot(RolloutSnapshot snapshot) implements Delivery {}

    record End(Optional<RuntimeException> failure) implements Delivery {}
  }

  RolloutFollower(ManagerClient manager, PrintWriter progress) {
    this.manager = manager;
    this.progress = progress;
  }

  /**
   * Follows the rollout of {@code service}, which a {@code kind} change just brought to its current
   * version, until it settles.
   *
   * @return the exit code: 0 once it completed, or when the change started no rollout
   * @throws dev.warren.domain.error.NotFoundException if the service is removed meanwhile
   * @throws dev.warren.domain.error.UnavailableException if the manager goes away meanwhile
   */
  int follow(Service service, RolloutKind kind) throws InterruptedException {
    var ref = new ServiceRef.ById(service.id());
    Optional<RolloutSnapshot> recorded =
        manager.rollouts().get(new GetRolloutRequest(ref, LINEARIZABLE));
    long version = service.version().value();
    if (recorded.isEmpty() || recorded.get().rollout().serviceVersion().value() < version) {
      say(service.name() + ": nothing to roll out: the change replaces no replica");
      return ExitCodes.OK;
    }
    BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    RolloutWatch watch =
        manager
            .rollouts()
            .watch(
                new WatchRolloutRequest(ref),
                new RolloutSink() {
                  @Override
                  public void snapshot(RolloutSnapshot snapshot) {
                    deliveries.add(new Delivery.Snapshot(snapshot));
                  }

                  @Override
                  public void ended(Optional<RuntimeException> failure) {
                    deliveries.add(new Delivery.End(failure));
                  }
                });
    // Ctrl-C ends the JVM: close the watch first, so the manager stops sending.
    Thread cancel = new Thread(watch::close, "cancel-rollout-watch");
    Runtime.getRuntime().addShutdownHook(cancel);
    try {
      Rollout last = null;
      String lastLine = "";
      while (true) {
        switch (deliveries.take()) {
          case Delivery.Snapshot(RolloutSnapshot snapshot) -> {
            last = snapshot.rollout();
            String line = RolloutText.progressLine(service.name(), snapshot);
            if (!line.equals(lastLine)) {
              say(line);
              lastLine = line;
            }
          }
          case Delivery.End(Optional<RuntimeException> failure) -> {
            if (failure.isPresent()) {
              throw failure.get();
            }
            return outcome(service, version, kind, last);
          }
        }
      }
    } finally {
      watch.close();
      removeHook(cancel);
    }
  }

  /** The exit code of a watch that ended with {@code last} as its last snapshot. */
  private int outcome(Service service, long version, RolloutKind kind, Rollout last) {
    String name = service.name();
    if (last == null) {
      return notCompleted("the manager ended the watch of " + name + "'s rollout without a state");
    }
    String what = RolloutText.kindWord(kind) + " of " + name;
    String because = last.reason().isEmpty() ? "" : ": " + last.reason();
    long reached = last.serviceVersion().value();
    if (reached == version) {
      return switch (last.state()) {
        case COMPLETED -> completed(name, kind);
        case ROLLED_BACK ->
            kind == RolloutKind.ROLLBACK
                ? completed(name, kind)
                : notCompleted(what + " failed and was rolled back" + because);
        case PAUSED -> notCompleted(what + " paused at step " + stepOf(last) + because);
        case FAILED -> notCompleted(what + " failed" + because);
        case PENDING, IN_PROGRESS, ROLLING_BACK ->
            notCompleted(what + " is still " + last.state().wireName() + because);
      };
    }
    if (last.kind() == RolloutKind.ROLLBACK && kind == RolloutKind.UPDATE) {
      return notCompleted(
          what
              + " failed and was rolled back to "
              + last.toImage()
              + " (rollback "
              + last.state().wireName()
              + ")"
              + because);
    }
    return notCompleted(
        what + " was superseded by a newer change of the service (version " + reached + ")");
  }

  private int completed(String name, RolloutKind kind) {
    say(name + ": " + RolloutText.kindWord(kind) + " completed");
    return ExitCodes.OK;
  }

  private static String stepOf(Rollout rollout) {
    return rollout.step() + "/" + rollout.stepCount();
  }

  private int notCompleted(String why) {
    say("error: " + why);
    return ExitCodes.ROLLOUT_NOT_COMPLETED;
  }

  private void say(String line) {
    progress.println(line);
    progress.flush();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it closes the watch
    }
  }
}
