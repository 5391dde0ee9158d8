package dev.warren.benchmarks;

import dev.warren.adapters.runtime.containerd.ContainerdRuntimeAdapter;
import dev.warren.adapters.runtime.containerd.ContainerdSettings;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.RuntimeContainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Assignment → running latency of the containerd runtime with the image present: the time from the
 * worker's {@code start} call until containerd reports the task running, and until the container's
 * first line of output is in its log (its process really runs). Containers are started one after
 * another; each is removed (not timed) before the next.
 */
@Command(
    name = "containerd-start-benchmark",
    mixinStandardHelpOptions = true,
    description = "Assignment -> running latency of the containerd runtime, image present.")
public final class ContainerdStartBenchmark implements Callable<Integer> {
  @Option(names = "--socket", required = true, description = "containerd's gRPC socket")
  Path socket;

  @Option(names = "--image", required = true, description = "an image reference to run")
  String image;

  @Option(names = "--namespace", defaultValue = "warren-bench")
  String namespace;

  @Option(names = "--starts", defaultValue = "50", description = "measured starts")
  int starts;

  @Option(names = "--warmup", defaultValue = "5", description = "starts before measuring")
  int warmup;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ContainerdStartBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Path data = Files.createTempDirectory("warren-bench-containerd");
    var settings =
        ContainerdSettings.of(socket, data).withNamespace(namespace).withPullProgress(step -> {});
    long[] running = new long[starts];
    long[] output = new long[starts];
    try (var runtime = ContainerdRuntimeAdapter.open(settings)) {
      // The first start pulls and unpacks the image: the rows are for an image already present.
      long pullStart = System.nanoTime();
      runtime.remove(runOnce(runtime).id());
      System.out.printf(
          "first start (pull + unpack + start): %.1f ms%n", millis(System.nanoTime() - pullStart));
      for (int i = 0; i < warmup + starts; i++) {
        long begin = System.nanoTime();
        RuntimeContainer started = runOnce(runtime);
        long isRunning = System.nanoTime();
        awaitOutput(runtime, started.id());
        long hasOutput = System.nanoTime();
        if (!started.running()) {
          throw new IllegalStateException("container ended at once: " + started);
        }
        if (i >= warmup) {
          running[i - warmup] = isRunning - begin;
          output[i - warmup] = hasOutput - begin;
        }
        runtime.remove(started.id());
      }
    }
    report("start() → running", running);
    report("start() → first output", output);
    return 0;
  }

  private RuntimeContainer runOnce(ContainerdRuntimeAdapter runtime) {
    return runtime.start(
        new ContainerLaunch(
            TaskId.random(),
            "bench",
            0,
            image,
            List.of("sh", "-c", "echo up; sleep 300 & wait"),
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(1),
            List.of(),
            List.of()));
  }

  private static void awaitOutput(ContainerdRuntimeAdapter runtime, TaskId id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!runtime.tailLogs(id, 1).contains("up")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no output from " + id + " within 20 s");
      }
      Thread.onSpinWait();
    }
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%-24s n=%d  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        what,
        sorted.length,
        millis(percentile(sorted, 0.50)),
        millis(percentile(sorted, 0.99)),
        millis(sorted[sorted.length - 1]));
  }

  private static long percentile(long[] sorted, double fraction) {
    int index = (int) Math.ceil(fraction * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
