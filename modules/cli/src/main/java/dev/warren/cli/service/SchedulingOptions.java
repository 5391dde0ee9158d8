package dev.warren.cli.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.shared.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where a service's replicas may run and how they restart: the options {@code service create} and
 * {@code service update} share. On update, each given part replaces that part of the service and
 * the rest stays as it is.
 */
public final class SchedulingOptions {
  private static final BigDecimal SHARES_PER_CPU = BigDecimal.valueOf(1024);

  @Option(
      names = "--constraint",
      paramLabel = "EXPR",
      description =
          "Run only on nodes where EXPR holds: node.id, node.hostname, node.role or"
              + " node.labels.KEY, then == or !=, then a value; repeatable.")
  List<String> constraints = new ArrayList<>();

  @Option(
      names = "--placement-pref",
      paramLabel = "PREF",
      description = "spread=node.labels.KEY: spread replicas over that label's values; repeatable.")
  List<String> preferences = new ArrayList<>();

  @Option(
      names = "--reserve-cpu",
      paramLabel = "CPUS",
      description = "CPUs reserved for each replica, e.g. 0.5.")
  BigDecimal reserveCpu;

  @Option(
      names = "--reserve-memory",
      paramLabel = "BYTES",
      converter = ByteSizeConverter.class,
      description = "Memory reserved for each replica, e.g. 256m.")
  Long reserveMemory;

  @Option(
      names = "--restart-delay",
      paramLabel = "DURATION",
      description = "Wait before a restart, doubled per failed attempt up to 5m, e.g. 5s.")
  Duration restartDelay;

  @Option(
      names = "--restart-max-attempts",
      paramLabel = "N",
      description = "Give up after N restarts (0: never give up).")
  Integer restartMaxAttempts;

  @Option(
      names = "--restart-window",
      paramLabel = "DURATION",
      description = "Count --restart-max-attempts within this window only, e.g. 2m.")
  Duration restartWindow;

  /** The placement, if a constraint or preference was given; the current one fills the other. */
  Optional<PlacementSpec> placement(PlacementSpec current) {
    if (constraints.isEmpty() && preferences.isEmpty()) {
      return Optional.empty();
    }
    PlacementSpec given = PlacementSpec.parse(constraints, preferences);
    return Optional.of(
        new PlacementSpec(
            constraints.isEmpty() ? current.constraints() : given.constraints(),
            preferences.isEmpty() ? current.spreadOver() : given.spreadOver()));
  }

  /** {@code current} with the restart options given, if any was. */
  Optional<RestartPolicy> restartPolicy(RestartPolicy current) {
    if (restartDelay == null && restartMaxAttempts == null && restartWindow == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RestartPolicy(
            current.condition(),
            restartMaxAttempts != null ? restartMaxAttempts : current.maxAttempts(),
            restartDelay != null ? seconds("restart delay", restartDelay) : current.delaySeconds(),
            restartWindow != null
                ? seconds("restart window", restartWindow)
                : current.windowSeconds()));
  }

  /** {@code current} with the reservations given, if any was. */
  Optional<Resources> resources(Resources current) {
    if (reserveCpu == null && reserveMemory == null) {
      return Optional.empty();
    }
    long shares = current.cpuShares();
    if (reserveCpu != null) {
      if (reserveCpu.signum() < 0 || reserveCpu.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
        throw new InvalidSpecException(
            "--reserve-cpu " + Checks.quote(reserveCpu.toPlainString()) + " must be 0 to 1000000");
      }
      shares = reserveCpu.multiply(SHARES_PER_CPU).setScale(0, RoundingMode.UP).longValue();
    }
    return Optional.of(
        new Resources(
            shares,
            current.memoryBytes(),
            reserveMemory != null ? reserveMemory : current.memoryReservationBytes()));
  }

  private static int seconds(String option, Duration duration) {
    long seconds = (duration.toMillis() + 999) / 1000;
    if (seconds > Integer.MAX_VALUE) {
      throw new InvalidSpecException(option + " " + duration + " is too long");
    }
    return (int) seconds;
  }
}
