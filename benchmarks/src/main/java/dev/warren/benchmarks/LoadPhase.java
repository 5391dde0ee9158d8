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

/**
 * Closed-loop load: {@code clients} platform threads each call {@link Call} back to back, as many
 * real clients that wait for each answer would, until the phase has issued {@code maxCalls} calls
 * or {@code maxTime} has passed, whichever comes first.
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

  static Measurement run(String operation, int clients, Limit limit, Call call)
      throws InterruptedException {
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
                    long deadline = startNanos.get() + limit.maxTime().toNanos();
                    long sequence = 0;
                    while (issued.getAndIncrement() < limit.maxCalls()) {
                      long began = System.nanoTime();
                      if (began - deadline >= 0) {
                        break;
                      }
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
}
