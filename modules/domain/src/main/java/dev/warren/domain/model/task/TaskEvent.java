package dev.warren.domain.model.task;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.WireEnum;

/** A change to the set of tasks a node runs, as a watcher of that node sees it. */
public record TaskEvent(Type type, Task task) {
  public TaskEvent {
    Checks.notNull("event type", type);
    Checks.notNull("container", task);
  }

  /** What happened to the task, from the watched node's point of view. */
  public enum Type implements WireEnum {
    /** The task is now on the node (or was there when the watch began). */
    ADD("add"),
    /** The task changed and is still on the node. */
    UPDATE("update"),
    /** The task is gone or left the node; {@link TaskEvent#task} is its last known form. */
    DELETE("delete");

    private final String wireName;

    Type(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public String wireName() {
      return wireName;
    }
  }
}
