package dev.warren.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskBuilder;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.policy.Placement.Outcome;
import dev.warren.domain.policy.Placement.Pending;
import dev.warren.domain.policy.Placement.Placed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlacementTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final long GIB = 1L << 30;

  private static Node node(String id, NodeStatus status, long cores, long memory) {
    return node(id, NodeRole.WORKER, status, cores, memory, Placement.PROCESS_RUNTIME);
  }

  private static Node node(
      String id, NodeRole role, NodeStatus status, long cores, long memory, String runtime) {
    return new Node(
        NodeId.of(id),
        role,
        "127.0.0.1",
        "",
        new NodeResources(cores, memory, 0),
        status,
        T0,
        T0,
        Map.of(Placement.RUNTIME_LABEL, runtime),
        Version.initial());
  }

  private static Task replica(String id, String service, long cpuShares, long memory) {
    return TaskBuilder.task(id)
        .service(ServiceId.of(service), service)
        .resources(new Resources(cpuShares, memory, memory))
        .build();
  }

  /** {@code task}, one of {@link #replica}'s, running on {@code node}. */
  private static Task on(Task task, Node node) {
    return TaskBuilder.task(task.id().value())
        .service(task.serviceId(), task.serviceName())
        .resources(task.resources())
        .on(node.id())
        .state(TaskState.RUNNING)
        .build();
  }

  private static Map<String, Long> perNode(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(Placed.class::isInstance)
        .map(outcome -> ((Placed) outcome).node().value())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void aServicesReplicasSpreadAcrossReadyNodes() {
    List<Node> nodes =
        List.of(node("a", NodeStatus.READY, 4, 8 * GIB), node("b", NodeStatus.READY, 4, 8 * GIB));
    List<Task> four =
        List.of(
            replica("w1", "web", 0, 0),
            replica("w2", "web", 0, 0),
            replica("w3", "web", 0, 0),
            replica("w4", "web", 0, 0));

    assertThat(perNode(Placement.place(four, nodes, List.of())))
        .containsOnly(Map.entry("a", 2L), Map.entry("b", 2L));
  }

  @Test
  void spreadComesBeforeLoadAndLoadBeforeTheNodeId() {
    Node a = node("a", NodeStatus.READY, 0, 0);
    Node b = node("b", NodeStatus.READY, 0, 0);
    List<Task> busyA =
        List.of(on(replica("x1", "other", 0, 0), a), on(replica("x2", "other", 0, 0), a));
    List<Task> webOnB = List.of(on(replica("w0", "web", 0, 0), b));

    assertThat(Placement.place(List.of(replica("w1", "web", 0, 0)), List.of(a, b), busyA))
        .containsExactly(new Placed(TaskId.of("w1"), NodeId.of("b")));
    assertThat(
            Placement.place(
                List.of(replica("w1", "web", 0, 0)), List.of(a, b), concat(busyA, webOnB)))
        .containsExactly(new Placed(TaskId.of("w1"), NodeId.of("a")));
    assertThat(Placement.place(List.of(replica("w1", "web", 0, 0)), List.of(b, a), List.of()))
        .containsExactly(new Placed(TaskId.of("w1"), NodeId.of("a")));
  }

  @Test
  void aReplicaThatFitsNowhereIsPendingWithTheReasonsCounted() {
    List<Node> nodes =
        List.of(
            node("a", NodeStatus.READY, 4, GIB),
            node("b", NodeStatus.READY, 4, GIB),
            node("c", NodeStatus.DOWN, 64, 64 * GIB));

    assertThat(Placement.place(List.of(replica("big", "db", 1024, 2 * GIB)), nodes, List.of()))
        .containsExactly(
            new Pending(TaskId.of("big"), "insufficient memory on 2 nodes, not ready on 1 node"));
    assertThat(Placement.place(List.of(replica("r", "db", 0, 0)), List.of(), List.of()))
        .containsExactly(new Pending(TaskId.of("r"), "no node in the cluster"));
  }

  @Test
  void onlyNodesWhoseRuntimeRunsTheImageAndThatRunWorkloadsQualify() {
    Node processes = node("p", NodeRole.HYBRID, NodeStatus.READY, 0, 0, "process");
    Node containers = node("c", NodeRole.WORKER, NodeStatus.READY, 0, 0, "containerd");
    Node managerOnly = node("m", NodeRole.MANAGER, NodeStatus.READY, 0, 0, "process");
    Task oci = replica("oci", "web", 0, 0);
    Task process =
        TaskBuilder.task("proc")
            .service(oci.serviceId(), "web")
            .command("sleep", "9")
            .resources(oci.resources())
            .restartPolicy(oci.restartPolicy())
            .build();
    Task nginx =
        TaskBuilder.task("nginx")
            .service(oci.serviceId(), "web")
            .image("nginx:1.27")
            .resources(oci.resources())
            .restartPolicy(oci.restartPolicy())
            .build();

    assertThat(
            Placement.place(
                List.of(process, nginx), List.of(processes, containers, managerOnly), List.of()))
        .containsExactly(
            new Placed(TaskId.of("proc"), NodeId.of("p")),
            new Placed(TaskId.of("nginx"), NodeId.of("c")));
    assertThat(Placement.place(List.of(nginx), List.of(processes, managerOnly), List.of()))
        .containsExactly(
            new Pending(
                TaskId.of("nginx"),
                "manager only on 1 node, runtime process cannot run nginx:1.27 on 1 node"));
  }

  @Test
  void reservationsAlreadyTakenCount() {
    Node small = node("a", NodeStatus.READY, 1, 0);
    List<Task> taken = List.of(on(replica("x", "other", 768, 0), small));

    assertThat(Placement.place(List.of(replica("r", "web", 512, 0)), List.of(small), taken))
        .containsExactly(new Pending(TaskId.of("r"), "insufficient cpu on 1 node"));
  }

  @Test
  void seededBatchesNeverOvercommitNeverUseAnUnreadyNodeAndStaySpread() {
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      List<Node> nodes = new ArrayList<>();
      int nodeCount = 1 + random.nextInt(8);
      for (int i = 0; i < nodeCount; i++) {
        NodeStatus status = random.nextInt(5) == 0 ? NodeStatus.DOWN : NodeStatus.READY;
        nodes.add(node("n" + i, status, 1 + random.nextInt(8), (1 + random.nextInt(16)) * GIB));
      }
      List<Task> replicas = new ArrayList<>();
      int replicaCount = random.nextInt(60);
      boolean unreserved = random.nextBoolean();
      for (int i = 0; i < replicaCount; i++) {
        long cpu = unreserved ? 0 : random.nextInt(2048);
        long memory = unreserved ? 0 : random.nextInt(4) * GIB / 2;
        replicas.add(replica("r" + i, "svc" + random.nextInt(3), cpu, memory));
      }
      String repro = "seed " + seed;

      List<Outcome> outcomes = Placement.place(replicas, nodes, List.of());

      assertThat(outcomes).as(repro).hasSize(replicas.size());
      assertThat(Placement.place(replicas, nodes, List.of()))
          .as(repro + " (deterministic)")
          .isEqualTo(outcomes);
      Map<String, Node> byId =
          nodes.stream().collect(Collectors.toMap(n -> n.id().value(), n -> n));
      Map<String, long[]> used = new HashMap<>();
      Map<String, Map<String, Integer>> perService = new HashMap<>();
      List<Task> placed = new ArrayList<>();
      for (int i = 0; i < outcomes.size(); i++) {
        Task task = replicas.get(i);
        if (outcomes.get(i) instanceof Placed p) {
          Node target = byId.get(p.node().value());
          assertThat(target.status()).as(repro).isEqualTo(NodeStatus.READY);
          long[] sum = used.computeIfAbsent(p.node().value(), k -> new long[2]);
          sum[0] += task.resources().cpuShares();
          sum[1] += task.resources().memoryReservationBytes();
          perService
              .computeIfAbsent(task.serviceName(), k -> new HashMap<>())
              .merge(p.node().value(), 1, Integer::sum);
          placed.add(on(task, target));
        }
      }
      used.forEach(
          (id, sum) -> {
            assertThat(sum[0])
                .as(repro + " cpu of " + id)
                .isLessThanOrEqualTo(byId.get(id).resources().cpuCores() * 1024);
            assertThat(sum[1])
                .as(repro + " memory of " + id)
                .isLessThanOrEqualTo(byId.get(id).resources().memoryBytes());
          });
      long ready = nodes.stream().filter(n -> n.status() == NodeStatus.READY).count();
      if (unreserved) {
        assertThat(outcomes)
            .as(repro)
            .allMatch(o -> ready > 0 ? o instanceof Placed : o instanceof Pending);
        perService.forEach(
            (service, counts) -> {
              int max = counts.values().stream().max(Integer::compare).orElse(0);
              int min =
                  counts.size() < ready
                      ? 0
                      : counts.values().stream().min(Integer::compare).orElse(0);
              assertThat(max - min).as(repro + " spread of " + service).isLessThanOrEqualTo(1);
            });
      }
      for (int i = 0; i < outcomes.size(); i++) {
        if (outcomes.get(i) instanceof Pending) {
          // Refusal only grows with load: what was refused then is refused by the final state too.
          Task pending = replicas.get(i);
          List<Outcome> retry = Placement.place(List.of(pending), nodes, placed);
          assertThat(retry)
              .as(repro + " pending " + pending.id())
              .singleElement()
              .isInstanceOf(Pending.class);
        }
      }
    }
  }

  private static List<Task> concat(List<Task> first, List<Task> second) {
    var all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
