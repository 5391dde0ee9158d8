package dev.warren.cli.service;

import picocli.CommandLine.Option;

/**
 * {@code -d, --detach[=true|false]} of the commands that start a rollout. Detached (the default)
 * they return once the change is recorded, as they always did, so scripts keep working; {@code
 * --detach=false} waits for the rollout like {@code docker service update} on a terminal.
 */
final class DetachOption {
  @Option(
      names = {"-d", "--detach"},
      arity = "0..1",
      paramLabel = "true|false",
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Return once the change is recorded (default: ${DEFAULT-VALUE}); --detach=false waits"
              + " for the rollout, printing its progress, and exits 7 unless it completes.")
  boolean detach = true;

  /** Whether to wait for the rollout. */
  boolean waits() {
    return !detach;
  }
}
