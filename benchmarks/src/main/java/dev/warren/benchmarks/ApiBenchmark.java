package dev.warren.benchmarks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The warren.v1 API benchmark: starts a real single-node manager in this JVM and drives it over
 * loopback gRPC with closed-loop clients. Phases, in order:
 *
 * <ol>
 *   <li>fill: {@code --clients} clients create {@code --services} services (not measured; it also
 *       warms the JIT up on the write path, which takes many seconds on two cores);
 *   <li>ListServices with exactly {@code --services} services in the store, one client;
 *   <li>GetService by id of random stored services, {@code --clients} clients, timed warm-up then
 *       timed measurement: closed loop, then open loop at {@code --open-loop-rate} calls/s;
 *   <li>CreateService with {@code --clients} clients, timed warm-up then timed measurement, into
 *       the populated store;
 *   <li>single-client GetService and CreateService: latency without queueing, to tell how much of
 *       the loaded latency is waiting.
 * </ol>
 *
 * Prints one table row per measured phase. Every phase is bounded in time.
 */
@Command(
    name = "warren-bench",
    description = "Measures the warren.v1 API of a real in-process single-node manager.")
public final class ApiBenchmark implements Callable<Integer> {

  @Mixin MachineLoad machine;

  @Option(names = "--clients", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients = 32;

  @Option(
      names = "--services",
      description =
          "Services in the store for ListServices and GetService (default ${DEFAULT-VALUE}).")
  int services = 10_000;

  @Option(
      names = "--list-warmup",
      description = "Unmeasured ListServices calls (default ${DEFAULT-VALUE}).")
  int listWarmup = 5;

  @Option(
      names = "--list-calls",
      description = "Measured ListServices calls (default ${DEFAULT-VALUE}).")
  int listCalls = 30;

  @Option(
      names = "--warmup-seconds",
      description =
          "Unmeasured time before each GetService and CreateService measurement (default"
              + " ${DEFAULT-VALUE}).")
  int warmupSeconds = 5;

  @Option(
      names = "--seconds",
      description = "Measured time of GetService and CreateService (default ${DEFAULT-VALUE}).")
  int seconds = 15;

  @Option(
      names = "--open-loop-rate",
      description =
          "GetService calls/s offered by the --clients clients together in the open-loop row,"
              + " latency counted from each call's scheduled time; 0 leaves the row out (default"
              + " ${DEFAULT-VALUE}).")
  int openLoopRate = 5_000;

  @Option(
      names = "--serial-seconds",
      description = "Time of each single-client row; 0 leaves them out (default ${DEFAULT-VALUE}).")
  int serialSeconds = 5;

  @Option(
      names = "--fill-cap-seconds",
      description = "Upper bound of the fill phase (default ${DEFAULT-VALUE}).")
  int fillCapSeconds = 90;

  @Option(
      names = "--data-dir",
      description = "Where the manager's data directory is created (default: the temp dir).")
  Path dataParent = Path.of(System.getProperty("java.io.tmpdir"));

  @Option(names = "--keep-data", description = "Keep the manager's data directory.")
  boolean keepData;

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ApiBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (clients < 1
        || services < 1
        || seconds < 1
        || warmupSeconds < 0
        || serialSeconds < 0
        || openLoopRate < 0) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "need --clients, --services and --seconds >= 1, other durations and rates >= 0");
    }
    Duration warmup = Duration.ofSeconds(warmupSeconds);
    Duration measured = Duration.ofSeconds(seconds);
    Duration listCap = Duration.ofSeconds(60);
    List<Measurement> rows = new ArrayList<>();
    long began = System.nanoTime();
    try (var manager = InProcessManager.start(dataParent, keepData);
        var api = new ApiClients(manager.apiPort(), clients, manager.adminIdentity())) {
      out.printf(
          "Manager on 127.0.0.1:%d, data in %s; JDK %s, %d CPUs; load average %s%n",
          manager.apiPort(),
          manager.dataDir(),
          Runtime.version(),
          Runtime.getRuntime().availableProcessors(),
          MachineLoad.loadAverage());

      Queue<String> ids = new ConcurrentLinkedQueue<>();
      machine.progress("Fill: %d clients create %d services", clients, services);
      Measurement fill =
          check(
              LoadPhase.run(
                  "fill",
                  clients,
                  LoadPhase.Limit.calls(services, Duration.ofSeconds(fillCapSeconds)),
                  (client, seq) -> ids.add(api.createService(client, "f-" + client + "-" + seq))));
      out.printf("      filled at %.0f creates/s (includes JIT warm-up)%n", fill.opsPerSecond());
      if (ids.size() < services) {
        out.printf(
            "!!! only %d of %d services were created within %d s%n",
            ids.size(), services, fillCapSeconds);
      }
      String[] known = ids.toArray(String[]::new);

      int stored = known.length;
      LoadPhase.Call list =
          (client, seq) -> {
            int listed = api.listServices(client);
            if (listed != stored) {
              throw new IllegalStateException(
                  "ListServices returned " + listed + " services, expected " + stored);
            }
          };
      machine.progress(
          "ListServices with %d services: %d + %d calls", stored, listWarmup, listCalls);
      check(LoadPhase.run("warm-up", 1, LoadPhase.Limit.calls(listWarmup, listCap), list));
      rows.add(
          check(
              LoadPhase.run(
                  "ListServices (" + stored + ")",
                  1,
                  LoadPhase.Limit.calls(listCalls, listCap),
                  list)));

      LoadPhase.Call get =
          (client, seq) ->
              api.getService(client, known[ThreadLocalRandom.current().nextInt(known.length)]);
      machine.progress("GetService: %d s warm-up, %d s measured", warmupSeconds, seconds);
      check(LoadPhase.run("warm-up", clients, LoadPhase.Limit.time(warmup), get));
      rows.add(check(LoadPhase.run("GetService", clients, LoadPhase.Limit.time(measured), get)));
      if (openLoopRate > 0) {
        machine.progress("GetService open loop at %d/s: %d s measured", openLoopRate, seconds);
        rows.add(
            check(
                LoadPhase.runAtRate(
                    "GetService @" + openLoopRate + "/s",
                    clients,
                    openLoopRate,
                    LoadPhase.Limit.time(measured),
                    get)));
      }

      machine.progress("CreateService: %d s warm-up, %d s measured", warmupSeconds, seconds);
      check(
          LoadPhase.run(
              "warm-up",
              clients,
              LoadPhase.Limit.time(warmup),
              (client, seq) -> api.createService(client, "w-" + client + "-" + seq)));
      rows.add(
          check(
              LoadPhase.run(
                  "CreateService",
                  clients,
                  LoadPhase.Limit.time(measured),
                  (client, seq) -> api.createService(client, "c-" + client + "-" + seq))));

      if (serialSeconds > 0) {
        Duration serial = Duration.ofSeconds(serialSeconds);
        machine.progress(
            "One client: GetService %d s, CreateService %d s", serialSeconds, serialSeconds);
        rows.add(check(LoadPhase.run("GetService", 1, LoadPhase.Limit.time(serial), get)));
        rows.add(
            check(
                LoadPhase.run(
                    "CreateService",
                    1,
                    LoadPhase.Limit.time(serial),
                    (client, seq) -> api.createService(client, "s-" + seq))));
      }
    }
    out.printf(
        "%nTotal run time %.0f s; load average now %s%n%n",
        (System.nanoTime() - began) / 1e9, MachineLoad.loadAverage());
    printTable(rows);
    return rows.stream().anyMatch(row -> row.errors() > 0) ? 1 : 0;
  }

  /** Says so when calls failed; the row shows the count, the run exits non-zero. */
  private Measurement check(Measurement measured) {
    measured
        .firstError()
        .ifPresent(
            error ->
                out.printf(
                    "!!! %s: %d calls failed, the first with: %s%n",
                    measured.operation(), measured.errors(), error));
    return measured;
  }

  private void printTable(List<Measurement> rows) {
    String format = "%-22s %7s %8s %9s %8s %8s %8s %10s %6s%n";
    out.printf(
        format,
        "operation",
        "clients",
        "ops",
        "ops/s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "cpu ms/op",
        "errors");
    for (Measurement row : rows) {
      out.printf(
          format,
          row.operation(),
          row.clients(),
          row.ops(),
          String.format("%.0f", row.opsPerSecond()),
          String.format("%.2f", row.percentileMillis(0.50)),
          String.format("%.2f", row.percentileMillis(0.99)),
          String.format("%.2f", row.maxMillis()),
          String.format("%.3f", row.cpuMillisPerOp()),
          row.errors());
    }
    out.flush();
  }
}
