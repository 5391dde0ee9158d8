package dev.warren.domain.model.task;

import dev.warren.domain.model.shared.Checks;
import java.util.UUID;

/** Identity of a task (a container replica). */
public record TaskId(String value) {
  public TaskId {
    Checks.id("container id", value);
  }

  public static TaskId of(String value) {
    return new TaskId(value);
  }

  public static TaskId random() {
    return new TaskId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
