package dev.warren.benchmarks;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.warren.adapters.crypto.JdkCsrAdapter;
import dev.warren.adapters.grpc.GrpcChannels;
import dev.warren.adapters.grpc.proto.Container;
import dev.warren.adapters.grpc.proto.ContainerStatus;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.DeleteServiceRequest;
import dev.warren.adapters.grpc.proto.Event;
import dev.warren.adapters.grpc.proto.GenerateJoinTokenRequest;
import dev.warren.adapters.grpc.proto.HeartbeatRequest;
import dev.warren.adapters.grpc.proto.HeartbeatResponse;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.ListNodesRequest;
import dev.warren.adapters.grpc.proto.NodeResources;
import dev.warren.adapters.grpc.proto.RegisterNodeRequest;
import dev.warren.adapters.grpc.proto.RequestCertificateRequest;
import dev.warren.adapters.grpc.proto.RequestCertificateResponse;
import dev.warren.adapters.grpc.proto.StreamEventsRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc.WarrenAPIBlockingStub;
import dev.warren.domain.port.out.GeneratedCsr;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Worker benchmarks of issue #9 against the shipped image ({@code dist/target/warren}) in a process
 * of its own, driven from this one over mutual TLS, as a user or a remote worker would:
 *
 * <ul>
 *   <li><b>latency</b>: assignment → running on the embedded worker's process runtime: for each of
 *       {@code --services} one-replica {@code process://} services created one after another, the
 *       time from the replica's creation to its running report (both instants the manager recorded,
 *       read back from the container) and, seen from outside, from CreateService returning to the
 *       event after which the replica shows running;
 *   <li><b>heartbeats</b>: the manager's CPU (from {@code /proc/PID/stat}) while {@code --workers}
 *       simulated workers — each with its own worker certificate obtained with a join token and a
 *       CSR, registered like a real worker — heartbeat every {@code --heartbeat-seconds} with
 *       {@code --statuses} container statuses each, against the same manager idle;
 *   <li><b>rss</b>: the idle manager's {@code VmRSS} after a settle period with its embedded worker
 *       and with {@code --no-worker}, alternating, {@code --rss-runs} times each.
 * </ul>
 */
@Command(
    name = "warren-worker-bench",
    description = "Measures workers against the shipped image in its own process.")
public final class WorkerBenchmark implements Callable<Integer> {
  @Mixin MachineLoad machine;

  @Option(names = "--image", description = "The jlink image (default ${DEFAULT-VALUE}).")
  Path image = Path.of("dist/target/warren");

  @Option(
      names = "--scenario",
      split = ",",
      description = "latency, heartbeats, rss (default: all three).")
  List<String> scenarios = List.of("latency", "heartbeats", "rss");

  @Option(names = "--services", description = "Measured services (default ${DEFAULT-VALUE}).")
  int services = 40;

  @Option(
      names = "--warmup-services",
      description = "Unmeasured services first (default ${DEFAULT-VALUE}).")
  int warmupServices = 5;

  @Option(names = "--workers", description = "Simulated workers (default ${DEFAULT-VALUE}).")
  int workers = 1_000;

  @Option(
      names = "--heartbeat-seconds",
      description = "Each simulated worker's interval (default ${DEFAULT-VALUE}).")
  int heartbeatSeconds = 5;

  @Option(
      names = "--statuses",
      description = "Container statuses per heartbeat (default ${DEFAULT-VALUE}).")
  int statuses = 3;

  @Option(
      names = "--warmup-seconds",
      description = "Heartbeats before the CPU window (default ${DEFAULT-VALUE}).")
  int warmupSeconds = 30;

  @Option(
      names = "--window-seconds",
      description = "CPU measuring window, idle and loaded (default ${DEFAULT-VALUE}).")
  int windowSeconds = 60;

  @Option(names = "--rss-runs", description = "Starts of each kind (default ${DEFAULT-VALUE}).")
  int rssRuns = 3;

  @Option(
      names = "--settle-seconds",
      description = "Idle time before VmRSS is read (default ${DEFAULT-VALUE}).")
  int settleSeconds = 30;

  @Option(
      names = "--data-dir",
      description = "Where the manager's directories are created (default: the temp dir).")
  Path parent = Path.of(System.getProperty("java.io.tmpdir"));

  private static final Duration START_CAP = Duration.ofSeconds(90);
  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new WorkerBenchmark()).execute(args));
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
    boolean ok = true;
    for (String scenario : scenarios) {
      ok &=
          switch (scenario) {
            case "latency" -> latency();
            case "heartbeats" -> heartbeats();
            case "rss" -> rss();
            default ->
                throw new CommandLine.ParameterException(
                    new CommandLine(this), "unknown scenario " + scenario);
          };
    }
    out.printf("Load average at the end %s%n", MachineLoad.loadAverage());
    return ok ? 0 : 1;
  }

  // ------------------------------------------------------------------ latency

  private boolean latency() throws Exception {
    machine.progress("latency: starting the manager (hybrid, process runtime)");
    try (var manager = ShippedManager.start(image, parent, List.of(), START_CAP)) {
      ManagedChannel channel =
          GrpcChannels.mutualTls("127.0.0.1", manager.apiPort(), manager.adminIdentity());
      try {
        WarrenAPIBlockingStub api = WarrenAPIGrpc.newBlockingStub(channel);
        awaitReadyNodes(api, 1, Duration.ofSeconds(60));
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        Context.CancellableContext stream = Context.current().withCancellation();
        stream.run(
            () ->
                WarrenAPIGrpc.newStub(channel)
                    .streamEvents(
                        StreamEventsRequest.newBuilder().addEventTypes("container").build(),
                        new StreamObserver<>() {
                          @Override
                          public void onNext(Event event) {
                            arrivals.add(System.nanoTime());
                          }

                          @Override
                          public void onError(Throwable t) {}

                          @Override
                          public void onCompleted() {}
                        }));
        List<Double> reaction = new ArrayList<>();
        List<Double> inside = new ArrayList<>();
        List<Double> outside = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int failures = 0;
        machine.progress("latency: %d warm-up + %d measured services", warmupServices, services);
        for (int i = 0; i < warmupServices + services; i++) {
          arrivals.clear();
          var service =
              api.createService(
                      CreateServiceRequest.newBuilder()
                          .setName("lat-" + i)
                          .setImage("process://")
                          .setReplicas(1)
                          .addAllCommand(List.of("sleep", "900"))
                          .build())
                  .getService();
          String id = service.getId();
          long created = System.nanoTime();
          ids.add(id);
          Container running = null;
          long seenAt = 0;
          long deadline = created + TimeUnit.SECONDS.toNanos(30);
          while (running == null && System.nanoTime() < deadline) {
            Long arrival = arrivals.poll(100, TimeUnit.MILLISECONDS);
            if (arrival == null) {
              continue;
            }
            for (Container c :
                api.listContainers(ListContainersRequest.newBuilder().setServiceId(id).build())
                    .getContainersList()) {
              if (c.getActualState().equals("running")) {
                running = c;
                seenAt = arrival;
              }
            }
          }
          if (running == null) {
            failures++;
            out.printf("!!! service lat-%d: no running replica within 30 s%n", i);
            continue;
          }
          if (i >= warmupServices) {
            reaction.add(millisBetween(service.getCreatedAt(), running.getCreatedAt()));
            inside.add(millisBetween(running.getCreatedAt(), running.getUpdatedAt()));
            outside.add((seenAt - created) / 1e6);
          }
        }
        stream.cancel(null);
        for (String id : ids) {
          api.deleteService(DeleteServiceRequest.newBuilder().setId(id).build());
        }
        out.printf(
            "latency: assignment -> running, process runtime, %d services, load average %s%n",
            inside.size(), MachineLoad.loadAverage());
        out.printf(
            "  service created -> its replica created (the reconciler; manager's instants): p50"
                + " %.1f ms, p99 %.1f ms%n",
            percentile(reaction, 0.5), percentile(reaction, 0.99));
        out.printf(
            "  replica created -> running report (manager's instants): p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms%n",
            percentile(inside, 0.5), percentile(inside, 0.99), percentile(inside, 1.0));
        out.printf(
            "  CreateService returned -> running seen by an outside client: p50 %.1f ms, p99 %.1f"
                + " ms, max %.1f ms%n",
            percentile(outside, 0.5), percentile(outside, 0.99), percentile(outside, 1.0));
        return failures == 0;
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
  }

  // ------------------------------------------------------------------ heartbeats

  private boolean heartbeats() throws Exception {
    machine.progress("heartbeats: starting the manager");
    try (var manager = ShippedManager.start(image, parent, List.of(), START_CAP)) {
      ManagedChannel admin =
          GrpcChannels.mutualTls("127.0.0.1", manager.apiPort(), manager.adminIdentity());
      List<ManagedChannel> channels = new ArrayList<>();
      ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
      try {
        WarrenAPIBlockingStub api = WarrenAPIGrpc.newBlockingStub(admin);
        awaitReadyNodes(api, 1, Duration.ofSeconds(60));
        machine.progress("heartbeats: idle manager, %d s window", windowSeconds);
        double idle = cpuPercent(manager, Duration.ofSeconds(windowSeconds));
        String token =
            api.generateJoinToken(GenerateJoinTokenRequest.newBuilder().setRole("worker").build())
                .getToken();
        machine.progress("heartbeats: %d workers obtain certificates and register", workers);
        long joinStart = System.nanoTime();
        List<WarrenAPIGrpc.WarrenAPIFutureStub> stubs = join(manager, api, token, channels);
        out.printf(
            "  %d workers joined in %.1f s%n", stubs.size(), (System.nanoTime() - joinStart) / 1e9);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long periodMillis = heartbeatSeconds * 1000L;
        for (int i = 0; i < stubs.size(); i++) {
          var stub = stubs.get(i);
          HeartbeatRequest beat = heartbeat(i);
          timer.scheduleAtFixedRate(
              () -> {
                sent.incrementAndGet();
                var answer = stub.heartbeat(beat);
                answer.addListener(
                    () -> {
                      try {
                        HeartbeatResponse ignored = answer.get();
                      } catch (Exception e) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, String.valueOf(e.getCause()));
                      }
                    },
                    Runnable::run);
              },
              i * periodMillis / stubs.size(),
              periodMillis,
              TimeUnit.MILLISECONDS);
        }
        machine.progress("heartbeats: %d s warm-up", warmupSeconds);
        Thread.sleep(Duration.ofSeconds(warmupSeconds));
        long sentBefore = sent.get();
        machine.progress("heartbeats: %d s window", windowSeconds);
        double loaded = cpuPercent(manager, Duration.ofSeconds(windowSeconds));
        long inWindow = sent.get() - sentBefore;
        out.printf(
            "heartbeats: %d simulated workers every %d s, %d statuses each, load average %s%n",
            stubs.size(), heartbeatSeconds, statuses, MachineLoad.loadAverage());
        out.printf(
            "  manager CPU: idle %.1f %% of one core; with the heartbeats %.1f %% (%.0f"
                + " heartbeats/s in the window); %d of %d heartbeats failed%s%n",
            idle,
            loaded,
            inWindow / (double) windowSeconds,
            failed.get(),
            sent.get(),
            firstError.get() == null ? "" : ", the first with " + firstError.get());
        return failed.get() == 0;
      } finally {
        timer.shutdownNow();
        for (ManagedChannel channel : channels) {
          channel.shutdownNow();
        }
        admin.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
  }

  /** Every simulated worker's certificate, connection and registration, 32 at a time. */
  private List<WarrenAPIGrpc.WarrenAPIFutureStub> join(
      ShippedManager manager,
      WarrenAPIBlockingStub api,
      String token,
      List<ManagedChannel> channels)
      throws Exception {
    var csrs = new JdkCsrAdapter();
    var stubs = new WarrenAPIGrpc.WarrenAPIFutureStub[workers];
    var channelArray = new ManagedChannel[workers];
    Semaphore parallel = new Semaphore(32);
    AtomicReference<Exception> failure = new AtomicReference<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < workers; i++) {
        int n = i;
        parallel.acquire();
        pool.submit(
            () -> {
              try {
                String nodeId = nodeId(n);
                GeneratedCsr csr = csrs.newKeyAndCsr(nodeId);
                RequestCertificateResponse cert =
                    api.requestCertificate(
                        RequestCertificateRequest.newBuilder()
                            .setNodeId(nodeId)
                            .setToken(token)
                            .setCsrPem(ByteString.copyFromUtf8(csr.csrPem()))
                            .build());
                var identity =
                    new ClientTlsIdentity(
                        cert.getCertificate().toString(StandardCharsets.UTF_8),
                        csr.privateKeyPem(),
                        cert.getCaCert().toString(StandardCharsets.UTF_8));
                ManagedChannel channel =
                    GrpcChannels.mutualTls("127.0.0.1", manager.apiPort(), identity);
                channelArray[n] = channel;
                WarrenAPIGrpc.newBlockingStub(channel)
                    .registerNode(
                        RegisterNodeRequest.newBuilder()
                            .setId(nodeId)
                            .setRole("worker")
                            .setAddress("127.0.0.1:" + (20_000 + n))
                            .setResources(
                                NodeResources.newBuilder()
                                    .setCpuCores(2)
                                    .setMemoryBytes(4L << 30)
                                    .setDiskBytes(50L << 30))
                            .putLabels("bench", "simulated")
                            .build());
                stubs[n] = WarrenAPIGrpc.newFutureStub(channel);
              } catch (Exception e) {
                failure.compareAndSet(null, e);
              } finally {
                parallel.release();
              }
            });
      }
    }
    for (ManagedChannel channel : channelArray) {
      if (channel != null) {
        channels.add(channel);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return Arrays.asList(stubs);
  }

  private static String nodeId(int n) {
    return "sim-" + n;
  }

  /**
   * A steady-state heartbeat: the same statuses every time. Their ids name no container the manager
   * knows, which costs it what a worker's unchanged running containers cost: one lookup each, and
   * nothing to propose.
   */
  private HeartbeatRequest heartbeat(int n) {
    var beat = HeartbeatRequest.newBuilder().setNodeId(nodeId(n));
    for (int s = 0; s < statuses; s++) {
      beat.addContainerStatuses(
          ContainerStatus.newBuilder()
              .setContainerId(UUID.randomUUID().toString())
              .setActualState("running")
              .setRuntimeContainerId(Integer.toString(10_000 + s)));
    }
    return beat.build();
  }

  /** The manager's CPU over {@code window}, in percent of one core. */
  private static double cpuPercent(ShippedManager manager, Duration window)
      throws IOException, InterruptedException {
    double before = manager.cpuSeconds();
    long start = System.nanoTime();
    Thread.sleep(window);
    double used = manager.cpuSeconds() - before;
    return 100 * used / ((System.nanoTime() - start) / 1e9);
  }

  // ------------------------------------------------------------------ rss

  private boolean rss() throws Exception {
    List<Double> hybrid = new ArrayList<>();
    List<Double> managerOnly = new ArrayList<>();
    for (int run = 0; run < rssRuns; run++) {
      for (boolean worker :
          run % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
        machine.progress(
            "rss: run %d, %s, %d s settle",
            run + 1, worker ? "hybrid" : "--no-worker", settleSeconds);
        try (var manager =
            ShippedManager.start(
                image, parent, worker ? List.of() : List.of("--no-worker"), START_CAP)) {
          Thread.sleep(Duration.ofSeconds(settleSeconds));
          double mb = manager.rssKb() / 1024.0;
          (worker ? hybrid : managerOnly).add(mb);
          out.printf("  %s: VmRSS %.1f MB%n", worker ? "hybrid" : "--no-worker", mb);
        }
      }
    }
    out.printf(
        "rss: idle manager after %d s, %d runs each, load average %s%n",
        settleSeconds, rssRuns, MachineLoad.loadAverage());
    out.printf(
        "  hybrid: median %.1f MB (%.1f-%.1f); --no-worker: median %.1f MB (%.1f-%.1f);"
            + " the embedded worker adds %.1f MB (medians)%n",
        percentile(hybrid, 0.5),
        percentile(hybrid, 0),
        percentile(hybrid, 1),
        percentile(managerOnly, 0.5),
        percentile(managerOnly, 0),
        percentile(managerOnly, 1),
        percentile(hybrid, 0.5) - percentile(managerOnly, 0.5));
    return true;
  }

  // ------------------------------------------------------------------ helpers

  static void awaitReadyNodes(WarrenAPIBlockingStub api, int count, Duration cap)
      throws InterruptedException {
    long deadline = System.nanoTime() + cap.toNanos();
    while (System.nanoTime() < deadline) {
      long ready =
          api.listNodes(ListNodesRequest.getDefaultInstance()).getNodesList().stream()
              .filter(node -> node.getStatus().equals("ready"))
              .count();
      if (ready >= count) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("fewer than " + count + " ready nodes after " + cap);
  }

  static double millisBetween(Timestamp from, Timestamp to) {
    return (to.getSeconds() - from.getSeconds()) * 1e3 + (to.getNanos() - from.getNanos()) / 1e6;
  }

  /** The nearest-rank percentile ({@code q} 0 is the minimum, 1 the maximum); NaN if empty. */
  static double percentile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
