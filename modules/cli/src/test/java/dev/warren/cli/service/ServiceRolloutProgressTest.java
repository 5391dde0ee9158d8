package dev.warren.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.WatchRolloutRequest;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** {@code service update|rollback --detach=false}: the rollout's progress and its outcome. */
class ServiceRolloutProgressTest extends AgainstFakeManager {
  private Service web;

  ServiceRolloutProgressTest() {
    super(Duration.ofMinutes(2));
  }

  private Service createWeb() {
    CliRun run = warren("service", "create", "web", "--image", "nginx:1", "--replicas", "3");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    web = manager.byName("web");
    return web;
  }

  /**
   * The rollout of web to service version {@code version} at {@code step} of 3, with three replicas
   * of which the first {@code updated} run the new spec and the next one is starting.
   */
  private RolloutSnapshot rollout(
      long version,
      RolloutKind kind,
      String from,
      String to,
      RolloutState state,
      int step,
      int updated,
      String reason) {
    var rollout =
        new Rollout(
            web.id(),
            new Version(version),
            new Version(version - 1),
            kind,
            DeployStrategy.ROLLING,
            UpdateConfig.DEFAULT,
            from,
            to,
            state,
            step,
            3,
            reason,
            NOW,
            NOW);
    var replicas = new ArrayList<RolloutSnapshot.Replica>();
    for (int slot = 1; slot <= 3; slot++) {
      boolean isNew = slot <= updated + 1;
      replicas.add(
          new RolloutSnapshot.Replica(
              TaskId.of("c-" + version + "-" + slot),
              slot,
              new Version(isNew ? version : version - 1),
              isNew,
              slot <= updated || !isNew ? TaskState.RUNNING : TaskState.STARTING,
              DesiredState.RUNNING));
    }
    return new RolloutSnapshot(rollout, 3, replicas);
  }

  private RolloutSnapshot rollout(
      long version, RolloutKind kind, String from, String to, RolloutState state) {
    return rollout(version, kind, from, to, state, 3, 3, "");
  }

  private RolloutSnapshot update(RolloutState state, int step, int updated, String reason) {
    return rollout(2, RolloutKind.UPDATE, "nginx:1", "nginx:2", state, step, updated, reason);
  }

  private RolloutSnapshot update(RolloutState state) {
    return update(state, 3, 3, "");
  }

  private CliRun updateWaiting() {
    return warren("service", "update", "web", "--image", "nginx:2", "--detach=false");
  }

  @Test
  void updateWaitsPrintingEachStepAndExitsZeroOnceTheRolloutCompleted() {
    createWeb();
    manager.rolloutProgress.script(
        web.id(),
        update(RolloutState.PENDING, 0, 0, ""),
        update(RolloutState.IN_PROGRESS, 1, 0, ""),
        update(RolloutState.IN_PROGRESS, 1, 0, ""),
        update(RolloutState.IN_PROGRESS, 2, 1, ""),
        update(RolloutState.COMPLETED));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("web\n");
    assertThat(run.err())
        .isEqualTo(
            """
            web: rolling update nginx:1 -> nginx:2: pending, step 0/3, 0/3 updated; starting web.1
            web: rolling update nginx:1 -> nginx:2: in-progress, step 1/3, 0/3 updated; starting web.1
            web: rolling update nginx:1 -> nginx:2: in-progress, step 2/3, 1/3 updated; starting web.2
            web: rolling update nginx:1 -> nginx:2: completed, step 3/3, 3/3 updated
            web: update completed
            """);
    assertThat(manager.rolloutProgress.requests())
        .contains(new WatchRolloutRequest(new dev.warren.domain.port.in.ServiceRef.ById(web.id())));
    assertThat(manager.rolloutProgress.closedWatches.get()).isEqualTo(1);
  }

  @Test
  void aPausedRolloutExitsSevenSayingSo() {
    createWeb();
    manager.rolloutProgress.script(
        web.id(),
        update(RolloutState.IN_PROGRESS, 1, 0, ""),
        update(RolloutState.PAUSED, 1, 0, "replica web.1 exited with code 3"));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.err())
        .endsWith(
            "paused, step 1/3, 0/3 updated; starting web.1; replica web.1 exited with code 3\n"
                + "error: update of web paused at step 1/3: replica web.1 exited with code 3\n");
  }

  @Test
  void aFailedRolloutExitsSeven() {
    createWeb();
    manager.rolloutProgress.script(
        web.id(),
        update(RolloutState.FAILED, 2, 1, "2 of 2 updated replicas failed (50 % allowed)"));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.err())
        .endsWith("error: update of web failed: 2 of 2 updated replicas failed (50 % allowed)\n");
  }

  @Test
  void anUpdateTheManagersRolledBackExitsSevenNamingTheImageItReturnedTo() {
    createWeb();
    String why = "replica web.1 failed its health check";
    manager.rolloutProgress.script(
        web.id(),
        update(RolloutState.IN_PROGRESS, 1, 0, ""),
        rollout(
            3, RolloutKind.ROLLBACK, "nginx:2", "nginx:1", RolloutState.ROLLING_BACK, 1, 0, why),
        rollout(
            3, RolloutKind.ROLLBACK, "nginx:2", "nginx:1", RolloutState.ROLLED_BACK, 3, 3, why));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.err())
        .contains(
            "web: rolling rollback nginx:2 -> nginx:1: rolling-back, step 1/3, 0/3 updated;"
                + " starting web.1; "
                + why
                + "\n")
        .endsWith(
            "error: update of web failed and was rolled back to nginx:1 (rollback rolled-back): "
                + why
                + "\n");
  }

  @Test
  void anUpdateSupersededByANewerOneExitsSeven() {
    createWeb();
    manager.rolloutProgress.script(
        web.id(),
        update(RolloutState.IN_PROGRESS),
        rollout(3, RolloutKind.UPDATE, "nginx:2", "nginx:3", RolloutState.COMPLETED));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.err())
        .endsWith(
            "error: update of web was superseded by a newer change of the service (version 3)\n");
  }

  @Test
  void aManagerLostWhileWaitingIsUnavailable() {
    createWeb();
    manager.rolloutProgress.scriptFailing(
        web.id(),
        new UnavailableException("cannot reach a manager at fake — connection lost"),
        update(RolloutState.IN_PROGRESS));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(run.err()).contains("connection lost");
  }

  @Test
  void aChangeThatStartsNoRolloutReturnsAtOnce() {
    createWeb();

    CliRun run = warren("service", "update", "web", "--replicas", "5", "--detach=false");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEqualTo("web: nothing to roll out: the change replaces no replica\n");
  }

  @Test
  void detachedIsTheDefaultAndNeverWatches() {
    createWeb();
    manager.rolloutProgress.script(web.id(), update(RolloutState.IN_PROGRESS));

    CliRun byDefault = warren("service", "update", "web", "--image", "nginx:2");
    CliRun asked = warren("service", "update", "web", "--image", "nginx:3", "-d");

    assertThat(byDefault.succeeded()).isEqualTo("web\n");
    assertThat(asked.succeeded()).isEqualTo("web\n");
    assertThat(manager.rolloutProgress.requests()).isEmpty();
  }

  @Test
  void aStrategyRolloutWaitsToo() {
    createWeb();
    manager.rolloutProgress.script(web.id(), update(RolloutState.COMPLETED));

    CliRun run =
        warren(
            "service",
            "update",
            "web",
            "--image",
            "nginx:2",
            "--strategy",
            "rolling",
            "--detach=false");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).endsWith("web: update completed\n");
  }

  @Test
  void rollbackWaitsForTheRollbacksRollout() {
    createWeb();
    warren("service", "update", "web", "--image", "nginx:2");
    manager.rolloutProgress.script(
        web.id(), rollout(3, RolloutKind.ROLLBACK, "nginx:2", "nginx:1", RolloutState.COMPLETED));

    CliRun run = warren("service", "rollback", "web", "--detach=false");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("web\n");
    assertThat(run.err())
        .isEqualTo(
            """
            web: rolling rollback nginx:2 -> nginx:1: completed, step 3/3, 3/3 updated
            web: rollback completed
            """);
  }

  @Test
  void updateRollbackIsServiceRollbackAndTakesNoOtherChange() {
    createWeb();
    warren("service", "update", "web", "--image", "nginx:2");
    manager.rolloutProgress.script(
        web.id(),
        rollout(3, RolloutKind.ROLLBACK, "nginx:2", "nginx:1", RolloutState.PAUSED, 2, 1, "a"));

    CliRun withImage = warren("service", "update", "web", "--rollback", "--image", "nginx:3");
    CliRun run = warren("service", "update", "web", "--rollback", "--detach=false");

    assertThat(withImage.failed(ExitCodes.USAGE)).contains("give no other change");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.out()).isEqualTo("web\n");
    assertThat(run.err()).endsWith("error: rollback of web paused at step 2/3: a\n");
    assertThat(manager.byName("web").spec().image()).isEqualTo("nginx:1");
  }

  @Test
  void inspectShowsTheRolloutBelowTheSpecAndJsonStaysTheService() {
    createWeb();
    warren("service", "update", "web", "--image", "nginx:2");
    manager.rolloutProgress.script(
        web.id(), update(RolloutState.PAUSED, 2, 1, "replica web.2 exited with code 3"));

    CliRun run = warren("service", "inspect", "web");
    CliRun json = warren("service", "inspect", "web", "-o", "json");

    assertThat(run.succeeded())
        .contains(
            """
            Stop timeout:   10s
            Rollout:        rolling update nginx:1 -> nginx:2
            Rollout state:  paused, step 2/3, 1/3 updated
            Rollout reason: replica web.2 exited with code 3
            Rollout of:     version 2 (replacing 1)
            """)
        .contains("Rollout began:  " + NOW + " (2 minutes ago)\n");
    assertThat(json.succeeded()).doesNotContain("Rollout").contains("\"image\"");
  }

  @Test
  void inspectOfAServiceNeverRolledOutShowsNoRollout() {
    createWeb();

    assertThat(warren("service", "inspect", "web").succeeded()).doesNotContain("Rollout");
  }

  @Test
  void psShowsTheRolloutAboveTheReplicasInTheTableOnly() {
    createWeb();
    warren("service", "update", "web", "--image", "nginx:2");
    manager.rolloutProgress.script(web.id(), update(RolloutState.PAUSED, 2, 1, "why"));

    CliRun table = warren("service", "ps", "web");
    CliRun json = warren("service", "ps", "web", "-o", "json");

    assertThat(table.succeeded())
        .startsWith(
            "Rollout: rolling update nginx:1 -> nginx:2: paused, step 2/3, 1/3 updated; why\n\n"
                + "ID ")
        .contains(" SPEC ");
    assertThat(json.succeeded()).doesNotContain("Rollout");
  }

  @Test
  void theRootHelpListsTheRolloutExitCode() {
    assertThat(warren("--help").out()).contains("7   rollout paused, failed, rolled back");
  }
}
