package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;
import java.util.OptionalInt;

/** Whether a container runs, and how it ended when it does not. */
public sealed interface RuntimeState {

  /** It runs since {@code startedAt}. */
  record Running(Instant startedAt) implements RuntimeState {
    public Running {
      Checks.notNull("started at", startedAt);
    }
  }

  /**
   * It ended: with {@code exitCode} when the runtime saw it (128 + n for signal n), and why in
   * {@code reason} when that is more than an exit code can say ("killed after the stop timeout",
   * "lost: the process is gone and left no exit code").
   */
  record Exited(OptionalInt exitCode, String reason) implements RuntimeState {
    public Exited {
      Checks.notNull("exit code", exitCode);
      Checks.notNull("reason", reason);
    }

    /** Whether it ended on its own with exit code 0. */
    public boolean succeeded() {
      return exitCode.isPresent() && exitCode.getAsInt() == 0;
    }
  }
}
