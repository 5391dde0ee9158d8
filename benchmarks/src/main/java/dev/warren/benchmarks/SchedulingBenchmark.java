package dev.warren.benchmarks;

import dev.warren.adapters.storage.StorageSettings;
import dev.warren.adapters.storage.XodusClusterStateAdapter;
import dev.warren.application.orchestration.ServiceReconciler;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.change.NodeChange.NodeRegistered;
import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The scheduling benchmark: the real {@link ServiceReconciler} over the real Xodus store and apply
 * logic, on the single-node in-memory log (no Raft round trip, so this measures deciding and
 * committing, not replication). Phases:
 *
 * <ol>
 *   <li>{@code --nodes} simulated nodes register (ten zones, 16 cores and 64 GiB each);
 *   <li>{@code --services} services of {@code --replicas} replicas each are created, half of them
 *       spread over the zone label, every replica reserving CPU and memory; one timed reconciler
 *       pass places them all and commits them in one proposal;
 *   <li>the state is checked: no node over-committed, every replica on a node, the spread within
 *       one replica per node (and per zone where asked);
 *   <li>more services are created and placed until {@code --heap-containers} containers exist; the
 *       manager's used heap after a full GC, before and after, gives the heap per container.
 * </ol>
 */
@Command(
    name = "warren-bench-scheduling",
    description = "Measures placement through the real reconciler, store and apply logic.")
public final class SchedulingBenchmark implements Callable<Integer> {
  private static final long GIB = 1L << 30;
  private static final int ZONES = 10;

  @Mixin MachineLoad machine;

  @Option(names = "--nodes", description = "Simulated nodes (default ${DEFAULT-VALUE}).")
  int nodes = 1_000;

  @Option(
      names = "--services",
      description = "Services placed in the timed pass (default ${DEFAULT-VALUE}).")
  int services = 10;

  @Option(names = "--replicas", description = "Replicas per service (default ${DEFAULT-VALUE}).")
  int replicas = 1_000;

  @Option(
      names = "--heap-containers",
      description = "Containers in the store for the heap measurement (default ${DEFAULT-VALUE}).")
  int heapContainers = 100_000;

  @Option(
      names = "--histogram",
      description = "Print the classes that hold the most heap at 100,000 containers.")
  boolean histogram;

  private final PrintStream out = System.out;
  private int created;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SchedulingBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Path dir = Files.createTempDirectory("warren-bench-scheduling");
    try (var store = new XodusClusterStateAdapter(new StorageSettings(dir, false))) {
      var apply = new ApplyCommittedChangeHandler(store);
      try (var log = new InMemoryReplicatedLogAdapter(apply, store.lastAppliedIndex())) {
        return run(store, log);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private int run(XodusClusterStateAdapter store, InMemoryReplicatedLogAdapter log) {
    InstantSource clock = InstantSource.system();
    var reconciler = new ServiceReconciler(store, log, clock);
    Instant now = clock.instant();
    for (int i = 0; i < nodes; i++) {
      log.propose(new NodeRegistered(node(i, now))).join();
    }
    out.printf(
        "Scheduling benchmark: %d nodes, %d services x %d replicas%n", nodes, services, replicas);

    // Warm-up: one small service placed and removed from the count, so the JIT has seen the path.
    createServices(log, 1, 100, now);
    reconciler.reconcileOnce();

    createServices(log, services, replicas, now);
    var threads = ManagementFactory.getThreadMXBean();
    if (threads.isThreadContentionMonitoringSupported()) {
      threads.setThreadContentionMonitoringEnabled(true);
    }
    var self = threads.getThreadInfo(Thread.currentThread().threadId());
    long blockedStart = self.getBlockedTime();
    long waitedStart = self.getWaitedTime();
    long gcStart = gcMillis();
    long processCpuStart = processCpuNanos();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    ServiceReconciler.Pass pass = reconciler.reconcileOnce();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double processCpuSeconds = (processCpuNanos() - processCpuStart) / 1e9;
    double gcSeconds = (gcMillis() - gcStart) / 1e3;
    self = threads.getThreadInfo(Thread.currentThread().threadId());
    // Where the wall time went besides this thread's CPU: collector pauses (the thread is stopped),
    // waiting for a lock or another thread, and the rest is waiting for a core.
    out.printf(
        "  the pass's wall time: thread cpu %.2f s, GC %.2f s, blocked %.2f s, waiting %.2f s;"
            + " process cpu %.2f s (all threads)%n",
        cpuSeconds,
        gcSeconds,
        (self.getBlockedTime() - blockedStart) / 1e3,
        (self.getWaitedTime() - waitedStart) / 1e3,
        processCpuSeconds);
    int placed = pass.created().size();
    // The whole pass (read, decide, encode, apply, store) runs on this thread, so its CPU time is
    // the pass's cost on one core, whatever else shares the machine; wall time includes waiting
    // for a core.
    out.printf(
        "  placed %,d replicas in one pass (%d pending): wall %.2f s (%,.0f placements/s),"
            + " cpu %.2f s (%,.0f placements/s per core); load average %.1f on %d cores%n",
        placed,
        pass.pending().size(),
        seconds,
        placed / seconds,
        cpuSeconds,
        placed / cpuSeconds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());

    List<String> problems = overCommitCheck(store);
    out.printf(
        "  state check: %s%n",
        problems.isEmpty() ? "no node over-committed, spread within one" : problems);

    // The test log keeps a decoded copy of every change; Ratis keeps its log on disk and drops
    // what a snapshot covers. Forgotten, so the heap measured is the manager's own.
    log.forgetProposed();
    long before = usedHeapAfterGc();
    int containersBefore = taskCount(store);
    int perService = Math.min(ServiceSpec.MAX_REPLICAS, 10_000);
    while (taskCount(store) < heapContainers) {
      int missing = heapContainers - taskCount(store);
      createServices(log, 1, Math.min(perService, missing), now);
      reconciler.reconcileOnce();
      log.forgetProposed();
    }
    long after = usedHeapAfterGc();
    int containers = taskCount(store);
    long perContainer = (after - before) / Math.max(1, containers - containersBefore);
    out.printf(
        "  heap: %,d containers in the store, used heap after GC %,d MiB (was %,d MiB with %,d),"
            + " %,d bytes per container%n",
        containers, after >> 20, before >> 20, containersBefore, perContainer);
    if (histogram) {
      out.println(topOfHeapHistogram(25));
    }
    List<String> finalProblems = overCommitCheck(store);
    out.printf(
        "  final state check: %s%n",
        finalProblems.isEmpty() ? "no node over-committed, spread within one" : finalProblems);
    return problems.isEmpty() && finalProblems.isEmpty() ? 0 : 1;
  }

  private Node node(int i, Instant now) {
    return new Node(
        NodeId.of(String.format("node-%04d", i)),
        NodeRole.WORKER,
        "10.1." + (i / 250) + "." + (i % 250) + ":7946",
        "",
        new NodeResources(16, 64 * GIB, 0),
        NodeStatus.READY,
        now,
        now,
        Map.of("zone", "z" + (i % ZONES)),
        Version.initial());
  }

  private void createServices(
      InMemoryReplicatedLogAdapter log, int count, int replicasEach, Instant now) {
    for (int s = 0; s < count; s++) {
      int n = created++;
      ServiceSpec spec =
          ServiceSpec.of("svc-" + n, "registry.example.com/app:" + n, replicasEach)
              .withResources(new Resources(100, 0, 64L << 20));
      if (n % 2 == 0) {
        spec =
            spec.withPlacement(PlacementSpec.parse(List.of(), List.of("spread=node.labels.zone")));
      }
      log.propose(new ServiceCreated(Service.create(ServiceId.random(), spec, now))).join();
    }
  }

  private static int taskCount(XodusClusterStateAdapter store) {
    return (int) (long) store.read(reader -> reader.count(EntityKind.TASK));
  }

  /**
   * What is wrong with the placed state: over-committed nodes, unplaced or unevenly spread
   * replicas.
   */
  private static List<String> overCommitCheck(XodusClusterStateAdapter store) {
    record State(List<Node> nodes, List<Task> tasks) {}
    State state =
        store.read(reader -> new State(reader.list(EntityKind.NODE), reader.list(EntityKind.TASK)));
    Map<NodeId, long[]> used = new HashMap<>();
    Map<String, Map<NodeId, Integer>> perServiceNode = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Task task : state.tasks()) {
      if (task.nodeId().isEmpty()) {
        problems.add("unplaced " + task.serviceName() + "." + task.slot() + ": " + task.error());
        continue;
      }
      long[] sums = used.computeIfAbsent(task.nodeId().get(), id -> new long[2]);
      sums[0] += task.resources().cpuShares();
      sums[1] += task.resources().memoryReservationBytes();
      perServiceNode
          .computeIfAbsent(task.serviceName(), name -> new HashMap<>())
          .merge(task.nodeId().get(), 1, Integer::sum);
    }
    for (Node node : state.nodes()) {
      long[] sums = used.getOrDefault(node.id(), new long[2]);
      if (sums[0] > node.resources().cpuCores() * 1024
          || sums[1] > node.resources().memoryBytes()) {
        problems.add("over-committed " + node.id());
      }
    }
    perServiceNode.forEach(
        (service, counts) -> {
          int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          int min =
              counts.size() < state.nodes().size()
                  ? 0
                  : counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
          if (max - min > 1) {
            problems.add(service + " spread " + min + ".." + max + " per node");
          }
        });
    return problems.size() > 10 ? problems.subList(0, 10) : problems;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(millis -> millis > 0)
        .sum();
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** The first lines of the live objects' class histogram (what {@code jmap -histo} prints). */
  private static String topOfHeapHistogram(int lines) {
    try {
      Object text =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcClassHistogram",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()});
      return ((String) text).lines().limit(lines + 3).collect(Collectors.joining("\n"));
    } catch (JMException e) {
      return "no class histogram: " + e;
    }
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed();
  }
}
