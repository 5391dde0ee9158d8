package dev.warren.domain.model.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.WireEnum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskStateTest {

  @Test
  void movesForwardThroughTheLifecycle() {
    assertThat(TaskState.PENDING.canMoveTo(TaskState.ASSIGNED)).isTrue();
    assertThat(TaskState.ASSIGNED.canMoveTo(TaskState.RUNNING)).isTrue();
    assertThat(TaskState.RUNNING.canMoveTo(TaskState.FAILED)).isTrue();
    assertThat(TaskState.PENDING.canMoveTo(TaskState.SHUTDOWN)).isTrue();
  }

  @Test
  void neverMovesBackwards() {
    assertThat(TaskState.RUNNING.canMoveTo(TaskState.STARTING)).isFalse();
    assertThat(TaskState.ASSIGNED.canMoveTo(TaskState.PENDING)).isFalse();
    assertThat(TaskState.RUNNING.canMoveTo(TaskState.RUNNING)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = TaskState.class,
      names = {"COMPLETE", "FAILED", "SHUTDOWN"})
  void terminalStatesGoNowhere(TaskState terminal) {
    assertThat(terminal.isTerminal()).isTrue();
    for (TaskState next : TaskState.values()) {
      assertThat(terminal.canMoveTo(next)).as("%s -> %s", terminal, next).isFalse();
    }
  }

  @Test
  void parsesWarrensStoppedAsShutdown() {
    assertThat(WireEnum.parse(TaskState.class, "state", "stopped")).isEqualTo(TaskState.SHUTDOWN);
    assertThat(WireEnum.parse(TaskState.class, "state", "running")).isEqualTo(TaskState.RUNNING);
  }

  @Test
  void rejectsUnknownSpellingNamingTheField() {
    assertThatThrownBy(() -> WireEnum.parse(TaskState.class, "actual state", "exploded"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("actual state 'exploded' is not one of: pending");
  }
}
