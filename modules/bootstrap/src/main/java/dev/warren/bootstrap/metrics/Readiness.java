package dev.warren.bootstrap.metrics;

import java.util.Objects;

/** Whether a manager can serve consistent requests now, and if not, why. */
public sealed interface Readiness {

  /** Storage is open, a leader is known and the log is applied up to its commit index. */
  record Ready() implements Readiness {}

  /** Not ready; the reason is shown to whoever probes {@code /ready}. */
  record NotReady(String reason) implements Readiness {
    public NotReady {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
