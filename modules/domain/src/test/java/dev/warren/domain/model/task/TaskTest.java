package dev.warren.domain.model.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.FailedPreconditionException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Task pending() {
    return TaskBuilder.task("t1").image("nginx").build();
  }

  @Test
  void reportedProgressBumpsTheVersion() {
    Task running = pending().moveTo(TaskState.RUNNING, "c-1", "", T0.plusSeconds(1));

    assertThat(running.state()).isEqualTo(TaskState.RUNNING);
    assertThat(running.runtimeContainerId()).isEqualTo("c-1");
    assertThat(running.version().value()).isEqualTo(2);
  }

  @Test
  void refusesToGoBackwardsWithAMessageNamingBothStates() {
    Task running = pending().moveTo(TaskState.RUNNING, "c-1", "", T0);

    assertThatThrownBy(() -> running.moveTo(TaskState.PENDING, "c-1", "", T0))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("from running to pending");
  }

  @Test
  void aReplicaThatEndedIsShownWantedShutDownWhileItsStoredWishStays() {
    Task running = pending().moveTo(TaskState.RUNNING, "c-1", "", T0);
    Task failed = running.moveTo(TaskState.FAILED, "c-1", "exited with code 1", T0.plusSeconds(1));

    assertThat(running.shownDesiredState()).isEqualTo(DesiredState.RUNNING);
    assertThat(failed.desiredState()).isEqualTo(DesiredState.RUNNING);
    assertThat(failed.shownDesiredState()).isEqualTo(DesiredState.SHUTDOWN);
    assertThat(running.withDesiredState(DesiredState.SHUTDOWN).shownDesiredState())
        .isEqualTo(DesiredState.SHUTDOWN);
  }
}
