package dev.warren.cli.apply;

import java.util.Objects;

/** What applying one resource does, decided before anything is changed. */
public record Step(Change change, Runnable action) {

  /** The outcome printed for the resource. */
  public enum Change {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  public static final Step UNCHANGED = new Step(Change.UNCHANGED, () -> {});

  public Step {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(action, "action");
  }

  public static Step create(Runnable action) {
    return new Step(Change.CREATED, action);
  }

  public static Step update(Runnable action) {
    return new Step(Change.UPDATED, action);
  }
}
