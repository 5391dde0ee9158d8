package dev.warren.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.ExitCodes;
import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceRolloutCommandsTest extends AgainstFakeManager {
  private Service createWeb() {
    CliRun run = warren("service", "create", "web", "--image", "nginx:1", "--replicas", "3");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return manager.byName("web");
  }

  @Test
  void rollbackReturnsToThePreviousSpecAndPrintsTheName() {
    Service web = createWeb();
    warren("service", "scale", "web=0");

    CliRun run = warren("service", "rollback", web.id().value());

    assertThat(run.succeeded()).isEqualTo("web\n");
    assertThat(manager.byName("web").spec().replicas()).isEqualTo(3);
    assertThat(manager.rollouts()).containsExactly(new RollbackServiceRequest(web.id()));
  }

  @Test
  void rollbackOfAServiceNeverUpdatedIsAConflictWithTheReason() {
    createWeb();

    CliRun run = warren("service", "rollback", "web");

    assertThat(run.failed(ExitCodes.CONFLICT))
        .isEqualTo("error: service web has no previous spec to roll back to\n");
  }

  @Test
  void rollbackOfAnUnknownServiceIsNotFound() {
    CliRun run = warren("service", "rollback", "ghost");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(manager.rollouts()).isEmpty();
  }

  @Test
  void updateWithAStrategyStartsARolloutWithTheServicesConfigChangedByTheOptions() {
    Service web = createWeb();

    CliRun run =
        warren(
            "service",
            "update",
            "web",
            "--image",
            "nginx:2",
            "--strategy",
            "canary",
            "--update-parallelism",
            "2",
            "--update-failure-action",
            "rollback");

    assertThat(run.succeeded()).isEqualTo("web\n");
    UpdateConfig defaults = web.spec().updateConfig();
    assertThat(manager.rollouts())
        .containsExactly(
            new UpdateServiceImageRequest(
                web.id(),
                "nginx:2",
                Optional.of(DeployStrategy.CANARY),
                Optional.of(
                    new UpdateConfig(
                        2,
                        defaults.delaySeconds(),
                        FailureAction.ROLLBACK,
                        defaults.maxSurge(),
                        defaults.maxUnavailable(),
                        defaults.healthCheckGracePeriodSeconds(),
                        defaults.canaryWeight(),
                        defaults.canarySteps(),
                        defaults.canaryStabilityWindowSeconds(),
                        defaults.blueGreenGracePeriodSeconds(),
                        defaults.autoRollbackEnabled(),
                        defaults.failureThresholdPercent()))));
    assertThat(manager.byName("web").spec().image()).isEqualTo("nginx:2");
  }

  @Test
  void updateWithOnlyAStrategyLeavesTheConfigToTheService() {
    Service web = createWeb();

    CliRun run = warren("service", "update", "web", "--image", "nginx:2", "--strategy", "rolling");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(manager.rollouts())
        .containsExactly(
            new UpdateServiceImageRequest(
                web.id(), "nginx:2", Optional.of(DeployStrategy.ROLLING), Optional.empty()));
  }

  @Test
  void rolloutOptionsWithoutAnImageWithOtherChangesOrUnknownAreUsageErrors() {
    createWeb();

    CliRun noImage = warren("service", "update", "web", "--strategy", "canary");
    CliRun withReplicas =
        warren(
            "service",
            "update",
            "web",
            "--image",
            "x:2",
            "--strategy",
            "canary",
            "--replicas",
            "2");
    CliRun unknown = warren("service", "update", "web", "--image", "x:2", "--strategy", "big-bang");

    assertThat(noImage.failed(ExitCodes.USAGE)).contains("give --image");
    assertThat(withReplicas.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.failed(ExitCodes.USAGE))
        .isEqualTo("error: strategy 'big-bang' is not one of: rolling, blue-green, canary\n");
    assertThat(manager.rollouts()).isEmpty();
  }
}
