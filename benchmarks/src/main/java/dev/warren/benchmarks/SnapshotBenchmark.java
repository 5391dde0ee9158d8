package dev.warren.benchmarks;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.adapters.storage.StorageSettings;
import dev.warren.adapters.storage.XodusClusterStateAdapter;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A manager holding many services (10,000 by default): how long a snapshot of its state takes and
 * how long the manager takes to restart. A real in-process manager (Ratis with fsync, Xodus, gRPC
 * over mutual TLS) is filled through the API and closed; then, on a copy-free reopen of its data
 * directory, each restart is timed from start to the first linearizable list that returns every
 * service, once with the state store kept and once with it deleted (rebuilt from the Raft snapshot
 * and the log after it). The snapshot is timed as the manager takes one: a consistent copy of the
 * Xodus store into a zip, forced to disk, and its MD5.
 */
@Command(
    name = "warren-bench-snapshot",
    description =
        "Measures the state snapshot and a manager's restart with many services (issue #12).")
public final class SnapshotBenchmark implements Callable<Integer> {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @Mixin MachineLoad load;

  @Option(names = "--services", description = "Services created (default ${DEFAULT-VALUE}).")
  int services = 10_000;

  @Option(
      names = "--clients",
      description = "Concurrent clients creating them (default ${DEFAULT-VALUE}).")
  int clients = 32;

  @Option(
      names = "--trials",
      description = "Snapshots and restarts of each kind timed (default ${DEFAULT-VALUE}).")
  int trials = 3;

  @Option(
      names = "--data-parent",
      description = "Where the manager's data directory goes (default: the temp directory).")
  Path dataParent = Path.of(System.getProperty("java.io.tmpdir"));

  public static void main(String[] args) {
    System.exit(new CommandLine(new SnapshotBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path dataDir;
    System.out.printf(
        "Snapshot and restart benchmark: %d services, %d trials; load %s on %d cores%n",
        services, trials, MachineLoad.loadAverage(), Runtime.getRuntime().availableProcessors());
    try (var manager = InProcessManager.start(dataParent, true)) {
      dataDir = manager.dataDir();
      long started = System.nanoTime();
      fill(manager);
      load.progress("created %d services in %.1f s", services, (System.nanoTime() - started) / 1e9);
    }
    try {
      for (int trial = 0; trial < trials; trial++) {
        report("restart, state kept", restart(dataDir, false));
      }
      for (int trial = 0; trial < trials; trial++) {
        report("restart, state rebuilt from the snapshot", restart(dataDir, true));
      }
      for (int trial = 0; trial < trials; trial++) {
        snapshot(dataDir, trial);
      }
      return 0;
    } finally {
      deleteTree(dataDir);
    }
  }

  private void fill(InProcessManager manager) throws Exception {
    var next = new AtomicInteger();
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    try (pool;
        var admin =
            GrpcWarrenClient.mutualTls(
                "127.0.0.1", manager.apiPort(), manager.adminIdentity(), DEADLINE)) {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(
            pool.submit(
                () -> {
                  for (int n = next.getAndIncrement(); n < services; n = next.getAndIncrement()) {
                    admin.create(
                        new CreateServiceRequest(
                            ServiceSpec.of("svc-" + n, "registry.example.com/app:" + n, 1)));
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    }
  }

  /** Wall and process CPU seconds from start until a full list of the services came back. */
  private double[] restart(Path dataDir, boolean withoutState) throws IOException {
    if (withoutState) {
      deleteTree(dataDir.resolve("state"));
    }
    long cpu = processCpuNanos();
    long started = System.nanoTime();
    try (var manager = InProcessManager.reopen(dataDir, true);
        var admin =
            GrpcWarrenClient.mutualTls(
                "127.0.0.1", manager.apiPort(), manager.adminIdentity(), DEADLINE)) {
      int listed = admin.list(new ListServicesRequest(ReadConsistency.LINEARIZABLE)).size();
      double wall = (System.nanoTime() - started) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
      if (listed != services) {
        throw new IllegalStateException(
            "the restarted manager lists " + listed + " services, not " + services);
      }
      return new double[] {wall, cpuSeconds};
    }
  }

  private void report(String what, double[] wallAndCpu) {
    load.progress(
        "%s: %.2f s (CPU %.2f s), load %s", what, wallAndCpu[0], wallAndCpu[1], loadNow());
  }

  /** The manager's snapshot: the store's consistent copy, forced to disk, and its MD5. */
  private void snapshot(Path dataDir, int trial) throws Exception {
    Path target = dataDir.resolve("bench-snapshot-" + trial + ".zip");
    try (var state = new XodusClusterStateAdapter(new StorageSettings(dataDir.resolve("state")))) {
      long cpu = processCpuNanos();
      long started = System.nanoTime();
      state.writeSnapshot(target);
      try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      md5(target);
      double wall = (System.nanoTime() - started) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
      load.progress(
          "snapshot of %d services (%.1f MB): %.2f s (CPU %.2f s), load %s",
          services, Files.size(target) / 1e6, wall, cpuSeconds, loadNow());
    } finally {
      Files.deleteIfExists(target);
    }
  }

  private static byte[] md5(Path file) throws IOException, NoSuchAlgorithmException {
    var digest = MessageDigest.getInstance("MD5");
    var buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return digest.digest();
  }

  private static String loadNow() {
    return MachineLoad.loadAverage();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
