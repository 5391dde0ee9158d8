package dev.warren.domain.port.out;

import dev.warren.domain.model.shared.Checks;

/** How a command run in a container ended: its exit code and the start of what it printed. */
public record ExecResult(int exitCode, String output) {
  /** The exit code of a command that ran out of time, as coreutils' timeout gives it. */
  public static final int TIMED_OUT = 124;

  /** At most this many characters of output are kept. */
  public static final int MAX_OUTPUT = 1024;

  public ExecResult {
    Checks.notNull("output", output);
    if (output.length() > MAX_OUTPUT) {
      output = output.substring(0, MAX_OUTPUT);
    }
  }

  /** Whether it exited 0. */
  public boolean succeeded() {
    return exitCode == 0;
  }
}
