package dev.warren.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Load from {@code clients} platform threads, each calling {@link Call} and waiting for the answer,
 * until the phase has issued {@code maxCalls} calls or {@code maxTime} has passed, whichever comes
 * first.
 *
 * <ul>
 *   <li><b>Closed loop</b> ({@link #run}): each thread calls again as soon as it has an answer, as
 *       many real clients that wait for each answer would. The rate is whatever the machine gives,
 *       and with N threads the mean latency is N / rate (Little's law).
 *   <li><b>Open loop</b> ({@link #runAtRate}): calls are scheduled at a fixed total rate, spread
 *       evenly over the threads, and each latency is measured from the call's <em>scheduled</em>
 *       time, not from when the thread got round to sending it. A call delayed because the previous
 *       one on its thread was slow is charged the wait, so a stall shows up in every call it held
 *       back (no coordinated omission).
 * </ul>
 */
final class LoadPhase {

  /** One call of one client; throws to count as failed. */
  @FunctionalInterface
  interface Call {
    void run(int client, long sequence) throws Exception;
  }

  /** When a phase ends: after {@code maxCalls} calls started or {@code maxTime}, the first hit. */
  record Limit(long maxCalls, Duration maxTime) {
    static Limit calls(long calls, Duration cap) {
      return new Limit(calls, cap);
    }

    static Limit time(Duration time) {
      return new Limit(Long.MAX_VALUE, time);
    }
  }

  // CPU time of the whole process (manager, clients, JIT, GC): what one call costs the machine.
  private static final OperatingSystemMXBean PROCESS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private LoadPhase() {}

  /** Closed loop: every thread calls again as soon as it has its answer. */
  static Measurement run(String operation, int clients, Limit limit, Call call)
      throws InterruptedException {
    return run(operation, clients, 0, limit, call);
  }

  /**
   * Open loop: {@code callsPerSecond} calls in all, thread {@code i} sending calls {@code i},
   * {@code i + clients}, ... of the schedule; latencies count from each call's scheduled time.
   */
  static Measurement runAtRate(
      String operation, int clients, double callsPerSecond, Limit limit, Call call)
      throws InterruptedException {
    if (!(callsPerSecond > 0)) {
      throw new IllegalArgumentException("the rate must be positive, got " + callsPerSecond);
    }
    return run(operation, clients, callsPerSecond, limit, call);
  }

  private static Measurement run(
      String operation, int clients, double callsPerSecond, Limit limit, Call call)
      throws InterruptedException {
    // Nanoseconds between two scheduled calls of the whole phase; 0 means closed loop.
    double spacing = callsPerSecond > 0 ? 1e9 / callsPerSecond : 0;
    var issued = new AtomicLong();
    var errors = new AtomicLong();
    var firstError = new AtomicReference<String>();
    var start = new CountDownLatch(1);
    var startNanos = new AtomicLong();
    List<LatencySamples> samples = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      var mine = new LatencySamples();
      samples.add(mine);
      int id = client;
      threads.add(
          Thread.ofPlatform()
              .name("bench-client-" + client)
              .unstarted(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException interrupted) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    long phaseStart = startNanos.get();
                    long deadline = phaseStart + limit.maxTime().toNanos();
                    long sequence = 0;
                    while (issued.getAndIncrement() < limit.maxCalls()) {
                      long began =
                          spacing > 0
                              ? phaseStart + (long) ((sequence * clients + id) * spacing)
                              : System.nanoTime();
                      if (began - deadline >= 0) {
                        break;
                      }
                      waitUntil(began);
                      try {
                        call.run(id, sequence++);
                        mine.add(System.nanoTime() - began);
                      } catch (Exception failure) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, failure.toString());
                      }
                    }
                  }));
    }
    threads.forEach(Thread::start);
    long cpuBefore = PROCESS.getProcessCpuTime();
    startNanos.set(System.nanoTime());
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos.get());
    Duration cpu = Duration.ofNanos(PROCESS.getProcessCpuTime() - cpuBefore);
    return new Measurement(
        operation,
        clients,
        errors.get(),
        elapsed,
        cpu,
        LatencySamples.mergeSorted(samples),
        Optional.ofNullable(firstError.get()));
  }

  /** Sleeps until {@code nanoTime}; returns at once if it has passed. */
  private static void waitUntil(long nanoTime) {
    for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }
}
