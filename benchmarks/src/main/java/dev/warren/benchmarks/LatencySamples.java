package dev.warren.benchmarks;

import java.util.Arrays;

/**
 * Every latency of one client thread, in nanoseconds. Kept whole rather than bucketed: a run
 * records at most a few hundred thousand calls, so exact percentiles cost a few megabytes. Not
 * thread-safe; one per client thread, merged after the threads are joined.
 */
final class LatencySamples {
  private long[] values = new long[4096];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  /** All samples of {@code parts}, sorted ascending. */
  static long[] mergeSorted(Iterable<LatencySamples> parts) {
    int total = 0;
    for (LatencySamples part : parts) {
      total += part.size;
    }
    long[] all = new long[total];
    int at = 0;
    for (LatencySamples part : parts) {
      System.arraycopy(part.values, 0, all, at, part.size);
      at += part.size;
    }
    Arrays.sort(all);
    return all;
  }
}
