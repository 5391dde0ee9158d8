package dev.warren.testkit.linearizability;

import java.util.Objects;

/** What a client asked of the cluster about one service, named by its unique name. */
public sealed interface Call {

  /** The service the call is about; histories are checked one name at a time. */
  String name();

  /** Whether the call can change the state; an unanswered read is dropped before checking. */
  default boolean writes() {
    return !(this instanceof Get);
  }

  /** Create the service: answered ok(1), or failed with {@link Failure#EXISTS}. */
  record Create(String name) implements Call {
    public Create {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return "create(" + name + ")";
    }
  }

  /**
   * Update the service if it is at {@code expectedVersion}: answered ok(expectedVersion + 1), or
   * failed with {@link Failure#VERSION_MISMATCH} or {@link Failure#NOT_FOUND}.
   */
  record Update(String name, long expectedVersion) implements Call {
    public Update {
      Objects.requireNonNull(name, "name");
      if (expectedVersion < 1) {
        throw new IllegalArgumentException(
            "expected version must be at least 1, got " + expectedVersion);
      }
    }

    @Override
    public String toString() {
      return "update(" + name + ", expected " + expectedVersion + ")";
    }
  }

  /** Read the service: answered ok(its version), or failed with {@link Failure#NOT_FOUND}. */
  record Get(String name) implements Call {
    public Get {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return "get(" + name + ")";
    }
  }
}
