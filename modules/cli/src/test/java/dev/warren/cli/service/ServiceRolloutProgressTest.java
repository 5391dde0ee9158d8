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
import dev.warren.domain.port.in.WatchRolloutRequest;
import java.time.Duration;
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

  /** The rollout of web to service version {@code version}. */
  private Rollout rollout(
      long version, RolloutKind kind, String from, String to, RolloutState state) {
    return new Rollout(
        web.id(),
        new Version(version),
        kind,
        DeployStrategy.ROLLING,
        UpdateConfig.DEFAULT,
        from,
        to,
        state,
        NOW,
        NOW);
  }

  private Rollout update(RolloutState state) {
    return rollout(2, RolloutKind.UPDATE, "nginx:1", "nginx:2", state);
  }

  private CliRun updateWaiting() {
    return warren("service", "update", "web", "--image", "nginx:2", "--detach=false");
  }

  @Test
  void updateWaitsPrintingEachStepAndExitsZeroOnceTheRolloutCompleted() {
    createWeb();
    manager.rolloutProgress.script(
        web.id(),
        update(RolloutState.PENDING),
        update(RolloutState.IN_PROGRESS),
        update(RolloutState.COMPLETED));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("web\n");
    assertThat(run.err())
        .isEqualTo(
            """
            web: rolling update nginx:1 -> nginx:2: pending
            web: rolling update nginx:1 -> nginx:2: in-progress
            web: rolling update nginx:1 -> nginx:2: completed
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
        web.id(), update(RolloutState.IN_PROGRESS), update(RolloutState.PAUSED));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.err()).endsWith("paused\nerror: update of web paused\n");
  }

  @Test
  void aFailedRolloutExitsSeven() {
    createWeb();
    manager.rolloutProgress.script(web.id(), update(RolloutState.FAILED));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.err()).endsWith("error: update of web failed\n");
  }

  @Test
  void anUpdateTheManagersRolledBackExitsSevenNamingTheImageItReturnedTo() {
    createWeb();
    manager.rolloutProgress.script(
        web.id(),
        update(RolloutState.IN_PROGRESS),
        rollout(3, RolloutKind.ROLLBACK, "nginx:2", "nginx:1", RolloutState.IN_PROGRESS),
        rollout(3, RolloutKind.ROLLBACK, "nginx:2", "nginx:1", RolloutState.COMPLETED));

    CliRun run = updateWaiting();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.err())
        .contains("web: rolling rollback nginx:2 -> nginx:1: in-progress\n")
        .endsWith("error: update of web was rolled back to nginx:1 (rollback completed)\n");
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
        .endsWith("error: update of web was superseded by a newer update (version 3)\n");
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
            web: rolling rollback nginx:2 -> nginx:1: completed
            web: rollback completed
            """);
  }

  @Test
  void updateRollbackIsServiceRollbackAndTakesNoOtherChange() {
    createWeb();
    warren("service", "update", "web", "--image", "nginx:2");
    manager.rolloutProgress.script(
        web.id(), rollout(3, RolloutKind.ROLLBACK, "nginx:2", "nginx:1", RolloutState.PAUSED));

    CliRun withImage = warren("service", "update", "web", "--rollback", "--image", "nginx:3");
    CliRun run = warren("service", "update", "web", "--rollback", "--detach=false");

    assertThat(withImage.failed(ExitCodes.USAGE)).contains("give no other change");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ROLLOUT_NOT_COMPLETED);
    assertThat(run.out()).isEqualTo("web\n");
    assertThat(run.err()).endsWith("error: rollback of web paused\n");
    assertThat(manager.byName("web").spec().image()).isEqualTo("nginx:1");
  }

  @Test
  void inspectShowsTheRolloutBelowTheSpecAndJsonStaysTheService() {
    createWeb();
    warren("service", "update", "web", "--image", "nginx:2");
    manager.rolloutProgress.script(web.id(), update(RolloutState.IN_PROGRESS));

    CliRun run = warren("service", "inspect", "web");
    CliRun json = warren("service", "inspect", "web", "-o", "json");

    assertThat(run.succeeded())
        .contains(
            "Stop timeout:   10s\nRollout:        in-progress (rolling update nginx:1 -> nginx:2)\n")
        .contains("Rollout of:     version 2\n")
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
    manager.rolloutProgress.script(web.id(), update(RolloutState.PAUSED));

    CliRun table = warren("service", "ps", "web");
    CliRun json = warren("service", "ps", "web", "-o", "json");

    assertThat(table.succeeded())
        .startsWith("Rollout: paused (rolling update nginx:1 -> nginx:2)\n\nID ");
    assertThat(json.succeeded()).doesNotContain("Rollout");
  }

  @Test
  void theRootHelpListsTheRolloutExitCode() {
    assertThat(warren("--help").out()).contains("7   rollout paused, failed, rolled back");
  }
}
