package dev.warren.benchmarks;

import java.time.Duration;
import java.util.Optional;

/**
 * What one measured phase did: successful calls, failed calls, wall time, and the latencies of the
 * successful calls (sorted, nanoseconds).
 *
 * @param cpu CPU time the whole process used meanwhile, manager and clients together
 * @param firstError the message of the first failed call, if any failed
 */
record Measurement(
    String operation,
    int clients,
    long errors,
    Duration elapsed,
    Duration cpu,
    long[] sortedLatencies,
    Optional<String> firstError) {

  long ops() {
    return sortedLatencies.length;
  }

  double opsPerSecond() {
    return elapsed.isZero() ? 0 : ops() / (elapsed.toNanos() / 1e9);
  }

  /** Process CPU time per successful call, in milliseconds: the cost of a call, load or not. */
  double cpuMillisPerOp() {
    return ops() == 0 ? 0 : cpu.toNanos() / 1e6 / ops();
  }

  /** The latency at quantile {@code q} (nearest rank), in milliseconds; 0 without samples. */
  double percentileMillis(double q) {
    if (sortedLatencies.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(q * sortedLatencies.length);
    return sortedLatencies[Math.max(0, rank - 1)] / 1e6;
  }

  double maxMillis() {
    return sortedLatencies.length == 0 ? 0 : sortedLatencies[sortedLatencies.length - 1] / 1e6;
  }
}
