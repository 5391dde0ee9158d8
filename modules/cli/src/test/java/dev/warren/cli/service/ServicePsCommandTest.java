package dev.warren.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.cli.testing.AgainstFakeManager;
import dev.warren.cli.testing.CliRun;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskState;
import dev.warren.testkit.SampleTasks;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServicePsCommandTest extends AgainstFakeManager {
  private static final NodeId NODE = NodeId.of("node-1");
  private static final String LONG_ERROR =
      "exited with code 137: ended by signal 9, probably out of memory; raise --memory";

  @BeforeEach
  void aServiceWithHistory() {
    warren("service", "create", "ticker", "--image", "process://", "--replicas", "3");
    Service ticker = manager.byName("ticker");
    Instant first = NOW.minusSeconds(600);
    Instant second = NOW.minusSeconds(120);
    manager.nodes.put(
        SampleTasks.placed("t0a", ticker, 0, NODE, first)
            .moveTo(TaskState.FAILED, "101", LONG_ERROR, first.plusSeconds(10))
            .withDesiredState(DesiredState.SHUTDOWN));
    manager.nodes.put(
        SampleTasks.placed("t0b", ticker, 0, NODE, second)
            .moveTo(TaskState.RUNNING, "102", "", second)
            .withHealth(TaskHealth.HEALTHY));
    manager.nodes.put(
        SampleTasks.placed("t1a", ticker, 1, NODE, first)
            .moveTo(TaskState.COMPLETE, "103", "", first.plusSeconds(60)));
    manager.nodes.put(
        pendingBecause(
            SampleTasks.task("t2a", ticker, 2, Optional.empty(), NOW.minusSeconds(2)),
            "no node has 4 CPUs free"));
  }

  /** {@code task}, still pending, with the reason a placement would give. */
  private static Task pendingBecause(Task task, String reason) {
    return new Task(
        task.id(),
        task.serviceId(),
        task.serviceName(),
        task.slot(),
        task.nodeId(),
        task.image(),
        task.command(),
        task.env(),
        task.resources(),
        task.volumes(),
        task.healthCheck(),
        task.restartPolicy(),
        task.secrets(),
        task.stopTimeoutSeconds(),
        task.desiredState(),
        task.state(),
        task.runtimeContainerId(),
        reason,
        task.version(),
        task.createdAt(),
        task.updatedAt(),
        task.health(),
        Version.initial());
  }

  @Test
  void psShowsSlotsNewestFirstWithHistoryExitCodesAndTruncatedErrors() {
    CliRun run = warren("service", "ps", "ticker");

    assertThat(run.succeeded().lines().toList())
        .containsExactly(
            "ID    NAME           IMAGE        NODE     DESIRED STATE   CURRENT STATE           "
                + " HEALTH    EXIT   ERROR",
            "t0b   ticker.0       process://   node-1   running         running 2 minutes ago   "
                + " healthy",
            "t0a    \\_ ticker.0   process://   node-1   shutdown        failed 9 minutes ago    "
                + " unknown   137    exited with code 137: ended by signal 9, probab…",
            "t1a   ticker.1       process://   node-1   shutdown        complete 9 minutes ago  "
                + " unknown   0",
            "t2a   ticker.2       process://   -        running         pending 2 seconds ago   "
                + " unknown          no node has 4 CPUs free");
  }

  @Test
  void noTruncShowsTheWholeErrorAndJsonCarriesEveryField() {
    assertThat(warren("service", "ps", "ticker", "--no-trunc").out()).contains(LONG_ERROR);
    assertThat(warren("service", "ps", "ticker", "-q").out()).isEqualTo("t0b\nt0a\nt1a\nt2a\n");
    assertThat(warren("service", "ps", "ticker", "-o", "json").out())
        .contains(
            "\"error\": \"" + LONG_ERROR + "\"",
            "\"desiredState\": \"shutdown\"",
            "\"health\": \"healthy\"",
            "\"runtimeContainerId\": \"102\"",
            "\"slot\": 2");
  }
}
