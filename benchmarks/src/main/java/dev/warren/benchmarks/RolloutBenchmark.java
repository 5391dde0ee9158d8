package dev.warren.benchmarks;

import com.google.protobuf.Timestamp;
import dev.warren.adapters.grpc.GrpcChannels;
import dev.warren.adapters.grpc.proto.Container;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.DeleteServiceRequest;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.UpdateConfig;
import dev.warren.adapters.grpc.proto.UpdateServiceImageRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc.WarrenAPIBlockingStub;
import dev.warren.adapters.grpc.rollouts.proto.Rollout;
import dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot;
import dev.warren.adapters.grpc.rollouts.proto.RolloutsGrpc;
import dev.warren.adapters.grpc.rollouts.proto.WatchRolloutRequest;
import io.grpc.ManagedChannel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The rollout benchmark (issue #13): the shipped image in a process of its own (hybrid, process
 * runtime), driven from this one over mutual TLS as a user would. A service of {@code --replicas}
 * replicas ({@code process:///bin/sleep 900}) is created and awaited running; then each run rolls
 * it to the other of two images that run the same program ({@code process:///bin/sleep} and {@code
 * process:///usr/bin/sleep}) with {@code --parallelism} and {@code --delay-seconds}, follows the
 * rollout over warren.rollouts.v1 WatchRollout until it settles, and reads the new replicas.
 *
 * <p>What the control plane adds per batch is read from the manager's own instants, so no clock of
 * this process enters: the new replicas, ordered by creation, fall into batches of {@code
 * --parallelism}; a batch's <em>start time</em> is from its first replica's creation to its last
 * replica's running report (the runtime's and the worker's share), and its <em>overhead</em> is the
 * rest of the time it takes: from the previous batch's last running report (for the first batch:
 * the rollout's start) to this batch's first creation, less the configured delay after a batch,
 * plus the spread of creation within the batch. The last batch's overhead also counts the time from
 * its last running report to the rollout's completion.
 */
@Command(
    name = "warren-bench-rollout",
    description = "Measures the control plane's overhead per batch of a rolling update.")
public final class RolloutBenchmark implements Callable<Integer> {
  private static final String IMAGE_A = "process:///bin/sleep";
  private static final String IMAGE_B = "process:///usr/bin/sleep";
  private static final Duration START_CAP = Duration.ofSeconds(90);

  @Mixin MachineLoad machine;

  @Option(names = "--image", description = "The jlink image (default ${DEFAULT-VALUE}).")
  Path image = Path.of("dist/target/warren");

  @Option(names = "--replicas", description = "Replicas of the service (default ${DEFAULT-VALUE}).")
  int replicas = 100;

  @Option(
      names = "--parallelism",
      description = "Replicas replaced per batch (default ${DEFAULT-VALUE}).")
  int parallelism = 10;

  @Option(
      names = "--delay-seconds",
      description = "The update config's delay between batches (default ${DEFAULT-VALUE}).")
  int delaySeconds = 1;

  @Option(names = "--runs", description = "Rollouts measured (default ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(
      names = "--rollout-cap-seconds",
      description =
          "How long one rollout may take before the run fails (default ${DEFAULT-VALUE}).")
  int rolloutCapSeconds = 600;

  @Option(
      names = "--data-dir",
      description = "Where the manager's directories are created (default: the temp dir).")
  Path parent = Path.of(System.getProperty("java.io.tmpdir"));

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new RolloutBenchmark()).execute(args));
  }

  /**
   * One batch of new replicas, by the manager's instants (milliseconds since the rollout began).
   */
  record Batch(
      int index, double firstCreated, double lastCreated, double lastRunning, double overhead) {
    double startTime() {
      return lastRunning - firstCreated;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isExecutable(image.resolve("bin/warren"))) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "no image at " + image + ": build it with tools/mvn -B -q -o -pl dist -am package");
    }
    out.printf(
        "Image %s; %d CPUs; load average %s; %s%n",
        image.toAbsolutePath(),
        Runtime.getRuntime().availableProcessors(),
        MachineLoad.loadAverage(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
    machine.progress("starting the manager (hybrid, process runtime)");
    boolean ok = true;
    try (var manager = ShippedManager.start(image, parent, List.of(), START_CAP)) {
      ManagedChannel channel =
          GrpcChannels.mutualTls("127.0.0.1", manager.apiPort(), manager.adminIdentity());
      try {
        WarrenAPIBlockingStub api = WarrenAPIGrpc.newBlockingStub(channel);
        WorkerBenchmark.awaitReadyNodes(api, 1, Duration.ofSeconds(60));
        String id =
            api.createService(
                    CreateServiceRequest.newBuilder()
                        .setName("rollout-bench")
                        .setImage(IMAGE_A)
                        .setReplicas(replicas)
                        .addCommand("900")
                        .setUpdateConfig(updateConfig())
                        .build())
                .getService()
                .getId();
        machine.progress("waiting for %d replicas running", replicas);
        awaitRunning(api, id, IMAGE_A, Duration.ofSeconds(rolloutCapSeconds));
        List<Double> overheads = new ArrayList<>();
        String target = IMAGE_B;
        for (int run = 1; run <= runs; run++) {
          double cpuBefore = manager.cpuSeconds();
          machine.progress("run %d: rolling to %s", run, target);
          Rollout settled = rollTo(api, RolloutsGrpc.newBlockingStub(channel), id, target);
          double cpu = manager.cpuSeconds() - cpuBefore;
          if (!settled.getState().equals("completed")) {
            out.printf("!!! run %d: the rollout ended %s%n", run, settled.getState());
            ok = false;
            break;
          }
          List<Batch> batches = batches(api, id, target, settled);
          report(run, settled, batches, cpu);
          batches.forEach(batch -> overheads.add(batch.overhead()));
          target = target.equals(IMAGE_B) ? IMAGE_A : IMAGE_B;
        }
        out.printf(
            "all runs: overhead per batch p50 %.1f ms, p90 %.1f ms, max %.1f ms (target <= 50 ms);"
                + " load average %s%n",
            WorkerBenchmark.percentile(overheads, 0.5),
            WorkerBenchmark.percentile(overheads, 0.9),
            WorkerBenchmark.percentile(overheads, 1.0),
            MachineLoad.loadAverage());
        api.deleteService(DeleteServiceRequest.newBuilder().setId(id).build());
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
    return ok ? 0 : 1;
  }

  private UpdateConfig updateConfig() {
    return UpdateConfig.newBuilder()
        .setParallelism(parallelism)
        .setDelaySeconds(delaySeconds)
        .setFailureAction("pause")
        .build();
  }

  /** Starts the rollout to {@code target} and follows it until it settles; its last snapshot. */
  private Rollout rollTo(
      WarrenAPIBlockingStub api,
      RolloutsGrpc.RolloutsBlockingStub rollouts,
      String serviceId,
      String target) {
    api.updateServiceImage(
        UpdateServiceImageRequest.newBuilder()
            .setId(serviceId)
            .setImage(target)
            .setUpdateConfig(updateConfig())
            .build());
    Iterator<RolloutSnapshot> snapshots =
        rollouts
            .withDeadlineAfter(rolloutCapSeconds, TimeUnit.SECONDS)
            .watchRollout(WatchRolloutRequest.newBuilder().setServiceId(serviceId).build());
    Rollout last = null;
    while (snapshots.hasNext()) {
      last = snapshots.next().getRollout();
    }
    if (last == null) {
      throw new IllegalStateException("the rollout watch ended without a snapshot");
    }
    return last;
  }

  /** The new replicas of the rollout that ended with {@code settled}, in batches. */
  private List<Batch> batches(
      WarrenAPIBlockingStub api, String serviceId, String target, Rollout settled) {
    List<Container> fresh =
        api
            .listContainers(ListContainersRequest.newBuilder().setServiceId(serviceId).build())
            .getContainersList()
            .stream()
            .filter(container -> container.getImage().equals(target))
            .filter(container -> container.getActualState().equals("running"))
            .filter(container -> !before(container.getCreatedAt(), settled.getStartedAt()))
            .sorted(Comparator.comparing(container -> millis(container.getCreatedAt())))
            .toList();
    if (fresh.size() != replicas) {
      throw new IllegalStateException(
          fresh.size() + " new replicas running after the rollout, not " + replicas);
    }
    Timestamp began = settled.getStartedAt();
    List<Batch> batches = new ArrayList<>();
    double previousEnd = 0;
    for (int from = 0, index = 1; from < fresh.size(); from += parallelism, index++) {
      List<Container> batch = fresh.subList(from, Math.min(fresh.size(), from + parallelism));
      double firstCreated = WorkerBenchmark.millisBetween(began, batch.getFirst().getCreatedAt());
      double lastCreated = WorkerBenchmark.millisBetween(began, batch.getLast().getCreatedAt());
      double lastRunning =
          batch.stream()
              .mapToDouble(c -> WorkerBenchmark.millisBetween(began, c.getUpdatedAt()))
              .max()
              .orElseThrow();
      double waited = index == 1 ? 0 : delaySeconds * 1000.0;
      double overhead = firstCreated - previousEnd - waited + (lastCreated - firstCreated);
      boolean last = from + parallelism >= fresh.size();
      if (last) {
        overhead += WorkerBenchmark.millisBetween(began, settled.getUpdatedAt()) - lastRunning;
      }
      batches.add(new Batch(index, firstCreated, lastCreated, lastRunning, overhead));
      previousEnd = lastRunning;
    }
    return batches;
  }

  private void report(int run, Rollout settled, List<Batch> batches, double cpuSeconds) {
    double total = WorkerBenchmark.millisBetween(settled.getStartedAt(), settled.getUpdatedAt());
    List<Double> overheads = batches.stream().map(Batch::overhead).toList();
    List<Double> starts = batches.stream().map(Batch::startTime).toList();
    out.printf(
        "run %d: %d replicas, parallelism %d, delay %d s: rollout %.0f ms (manager's instants),"
            + " manager CPU %.2f s, load average %s%n",
        run, replicas, parallelism, delaySeconds, total, cpuSeconds, MachineLoad.loadAverage());
    for (Batch batch : batches) {
      out.printf(
          "  batch %2d: created %.0f-%.0f ms, last running %.0f ms: start time %.0f ms, overhead"
              + " %.1f ms%n",
          batch.index(),
          batch.firstCreated(),
          batch.lastCreated(),
          batch.lastRunning(),
          batch.startTime(),
          batch.overhead());
    }
    out.printf(
        "  overhead per batch p50 %.1f ms, max %.1f ms; replicas' start time per batch p50 %.0f"
            + " ms%n",
        WorkerBenchmark.percentile(overheads, 0.5),
        WorkerBenchmark.percentile(overheads, 1.0),
        WorkerBenchmark.percentile(starts, 0.5));
  }

  /** Waits until {@link #replicas} replicas of {@code image} run and are meant to. */
  private void awaitRunning(WarrenAPIBlockingStub api, String serviceId, String image, Duration cap)
      throws InterruptedException {
    long deadline = System.nanoTime() + cap.toNanos();
    while (System.nanoTime() < deadline) {
      long running =
          api
              .listContainers(ListContainersRequest.newBuilder().setServiceId(serviceId).build())
              .getContainersList()
              .stream()
              .filter(c -> c.getImage().equals(image))
              .filter(c -> c.getActualState().equals("running"))
              .filter(c -> c.getDesiredState().equals("running"))
              .count();
      if (running >= replicas) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "fewer than " + replicas + " replicas of " + image + " running after " + cap);
  }

  private static boolean before(Timestamp a, Timestamp b) {
    return millis(a) < millis(b);
  }

  private static double millis(Timestamp t) {
    return t.getSeconds() * 1e3 + t.getNanos() / 1e6;
  }
}
