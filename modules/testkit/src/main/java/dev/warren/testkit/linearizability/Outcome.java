package dev.warren.testkit.linearizability;

import java.util.Objects;

/** How a call ended, as its client saw it. */
public sealed interface Outcome {

  /** The call succeeded; {@code version} is the service's version it created, wrote or read. */
  record Ok(long version) implements Outcome {
    public Ok {
      if (version < 1) {
        throw new IllegalArgumentException("version must be at least 1, got " + version);
      }
    }

    @Override
    public String toString() {
      return "ok(v" + version + ")";
    }
  }

  /** The call was refused and changed nothing. */
  record Failed(Failure failure) implements Outcome {
    public Failed {
      Objects.requireNonNull(failure, "failure");
    }

    @Override
    public String toString() {
      return "fail(" + failure.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  /**
   * No answer (a timeout, an unavailable cluster, a closed connection): the call may or may not
   * have taken effect, at any time after it was invoked, and never completes.
   */
  record Unknown() implements Outcome {
    @Override
    public String toString() {
      return "unknown";
    }
  }

  /** The call succeeded with {@code version}. */
  static Outcome ok(long version) {
    return new Ok(version);
  }

  /** The call was refused with {@code failure}. */
  static Outcome failed(Failure failure) {
    return new Failed(failure);
  }

  /** The call got no answer. */
  static Outcome unknown() {
    return new Unknown();
  }
}
