package dev.warren.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.PlacementConstraint;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of placement over many seeded random clusters and batches: whatever the input, no node
 * is over-committed, no host port is taken twice on a node, every constraint holds, only ready
 * active worker nodes are used, and an unconstrained service spreads within one replica. A failure
 * names its seed, so it replays.
 */
class PlacementPropertiesTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final long GIB = 1L << 30;
  private static final int TRIALS = 300;
  private static final List<String> ZONES = List.of("a", "b", "c");
  private static final List<String> DISKS = List.of("ssd", "hdd");

  /** One random cluster and the batch to place on it. */
  private record Trial(
      long seed, List<Node> nodes, Map<ServiceId, ServiceSpec> specs, List<Task> batch) {}

  private static Trial trial(long seed) {
    var random = new Random(seed);
    List<Node> nodes = new ArrayList<>();
    int nodeCount = 1 + random.nextInt(12);
    for (int i = 0; i < nodeCount; i++) {
      NodeStatus status = random.nextInt(8) == 0 ? NodeStatus.DOWN : NodeStatus.READY;
      NodeAvailability availability =
          NodeAvailability.values()[random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0];
      NodeRole role = random.nextInt(10) == 0 ? NodeRole.MANAGER : NodeRole.WORKER;
      nodes.add(
          new Node(
              NodeId.of("n" + i),
              role,
              "10.0.0." + i + ":7946",
              "",
              new NodeResources(random.nextInt(9), random.nextInt(17) * GIB, 0),
              status,
              T0,
              T0,
              Map.of(
                  "zone", ZONES.get(random.nextInt(ZONES.size())),
                  "disk", DISKS.get(random.nextInt(DISKS.size()))),
              availability,
              Version.initial()));
    }
    Map<ServiceId, ServiceSpec> specs = new HashMap<>();
    List<Task> batch = new ArrayList<>();
    int services = 1 + random.nextInt(5);
    for (int s = 0; s < services; s++) {
      ServiceId id = ServiceId.of("s" + s);
      List<String> constraints = new ArrayList<>();
      if (random.nextBoolean()) {
        constraints.add("node.labels.disk" + (random.nextBoolean() ? "==" : "!=") + "ssd");
      }
      if (random.nextInt(4) == 0) {
        constraints.add("node.labels.zone!=" + ZONES.get(random.nextInt(ZONES.size())));
      }
      List<PortMapping> ports =
          random.nextInt(3) == 0
              ? List.of(
                  new PortMapping(
                      "http",
                      8080,
                      random.nextBoolean() ? 80 : 443,
                      Protocol.TCP,
                      PublishMode.HOST))
              : List.of();
      var resources = new Resources(random.nextInt(3) * 512L, 0, random.nextInt(3) * (GIB / 2));
      ServiceSpec spec =
          new ServiceSpec(
                  "svc" + s,
                  "nginx:1",
                  1,
                  dev.warren.domain.model.service.ServiceMode.REPLICATED,
                  dev.warren.domain.model.service.DeployStrategy.ROLLING,
                  dev.warren.domain.model.service.UpdateConfig.DEFAULT,
                  java.util.Optional.empty(),
                  dev.warren.domain.model.service.RestartPolicy.DEFAULT,
                  resources,
                  List.of(),
                  List.of(),
                  Map.of(),
                  List.of(),
                  ports,
                  10)
              .withPlacement(
                  PlacementSpec.parse(
                      constraints,
                      random.nextBoolean() ? List.of("spread=node.labels.zone") : List.of()));
      specs.put(id, spec);
      int replicas = random.nextInt(15);
      for (int r = 0; r < replicas; r++) {
        batch.add(
            TaskBuilder.task("t" + s + "-" + r)
                .service(id, spec.name())
                .slot(r)
                .image(spec.image())
                .resources(resources)
                .build());
      }
    }
    java.util.Collections.shuffle(batch, random);
    return new Trial(seed, nodes, specs, batch);
  }

  /** Places the first half of the batch, then the rest on top of it, as two passes would. */
  private static List<Task> placeInTwoPasses(Trial trial) {
    int half = trial.batch().size() / 2;
    List<Task> placed = placedTasks(trial, trial.batch().subList(0, half), List.of());
    List<Task> all = new ArrayList<>(placed);
    all.addAll(placedTasks(trial, trial.batch().subList(half, trial.batch().size()), placed));
    return all;
  }

  private static List<Task> placedTasks(Trial trial, List<Task> batch, List<Task> already) {
    var view = new Placement.ClusterView(trial.nodes(), already, trial.specs(), Map.of());
    Map<String, Task> byId = new HashMap<>();
    batch.forEach(task -> byId.put(task.id().value(), task));
    List<Task> placed = new ArrayList<>();
    for (Placement.Outcome outcome : Placement.place(batch, view)) {
      if (outcome instanceof Placement.Placed on) {
        placed.add(byId.get(on.taskId().value()).placedOn(on.node()));
      }
    }
    return placed;
  }

  private static Node nodeOf(Trial trial, Task task) {
    return trial.nodes().stream().filter(node -> task.isOn(node.id())).findFirst().orElseThrow();
  }

  @Test
  void aNodeIsNeverOverCommitted() {
    for (long seed = 0; seed < TRIALS; seed++) {
      Trial trial = trial(seed);
      Map<NodeId, long[]> used = new HashMap<>();
      for (Task task : placeInTwoPasses(trial)) {
        long[] sums = used.computeIfAbsent(task.nodeId().orElseThrow(), n -> new long[2]);
        sums[0] += task.resources().cpuShares();
        sums[1] += task.resources().memoryReservationBytes();
      }
      for (Node node : trial.nodes()) {
        long[] sums = used.getOrDefault(node.id(), new long[2]);
        if (node.resources().cpuCores() > 0) {
          assertThat(sums[0])
              .as("cpu shares on %s, seed %d", node.id(), seed)
              .isLessThanOrEqualTo(node.resources().cpuCores() * 1024);
        }
        if (node.resources().memoryBytes() > 0) {
          assertThat(sums[1])
              .as("reserved memory on %s, seed %d", node.id(), seed)
              .isLessThanOrEqualTo(node.resources().memoryBytes());
        }
      }
    }
  }

  @Test
  void aHostPortIsNeverTakenTwiceOnANode() {
    for (long seed = 0; seed < TRIALS; seed++) {
      Trial trial = trial(seed);
      Set<String> taken = new HashSet<>();
      for (Task task : placeInTwoPasses(trial)) {
        for (PortMapping port : trial.specs().get(task.serviceId()).ports()) {
          String key = task.nodeId().orElseThrow() + ":" + port.hostPort() + "/" + port.protocol();
          assertThat(taken.add(key)).as("%s taken twice, seed %d", key, seed).isTrue();
        }
      }
    }
  }

  @Test
  void everyConstraintHoldsAndOnlyReadyActiveWorkersAreUsed() {
    for (long seed = 0; seed < TRIALS; seed++) {
      Trial trial = trial(seed);
      for (Task task : placeInTwoPasses(trial)) {
        Node node = nodeOf(trial, task);
        assertThat(node.status()).as("seed %d", seed).isEqualTo(NodeStatus.READY);
        assertThat(node.availability()).as("seed %d", seed).isEqualTo(NodeAvailability.ACTIVE);
        assertThat(node.role()).as("seed %d", seed).isNotEqualTo(NodeRole.MANAGER);
        for (PlacementConstraint constraint :
            trial.specs().get(task.serviceId()).placement().constraints()) {
          assertThat(constraint.matches(node))
              .as("%s on %s, seed %d", constraint, node.id(), seed)
              .isTrue();
        }
      }
    }
  }

  @Test
  void aReplicaLeftPendingFitsNowhereEvenOnceTheBatchIsPlaced() {
    for (long seed = 0; seed < TRIALS; seed++) {
      Trial trial = trial(seed);
      List<Task> placed = placedTasks(trial, trial.batch(), List.of());
      var after = new Placement.ClusterView(trial.nodes(), placed, trial.specs(), Map.of());
      var view = new Placement.ClusterView(trial.nodes(), List.of(), trial.specs(), Map.of());
      for (Placement.Outcome outcome : Placement.place(trial.batch(), view)) {
        if (outcome instanceof Placement.Pending pending) {
          Task replica =
              trial.batch().stream().filter(t -> t.id().equals(pending.taskId())).findFirst().get();
          assertThat(pending.reason()).as("seed %d", seed).isNotBlank();
          assertThat(Placement.place(List.of(replica), after))
              .as("%s left pending, seed %d", replica.id(), seed)
              .singleElement()
              .isInstanceOf(Placement.Pending.class);
        }
      }
    }
  }

  @Test
  void anUnconstrainedServiceSpreadsOverEligibleNodesWithinOneReplica() {
    for (long seed = 0; seed < TRIALS; seed++) {
      var random = new Random(seed);
      List<Node> nodes = new ArrayList<>();
      int nodeCount = 1 + random.nextInt(20);
      for (int i = 0; i < nodeCount; i++) {
        nodes.add(
            new Node(
                NodeId.of("n" + i),
                NodeRole.WORKER,
                "10.0.0." + i,
                "",
                new NodeResources(0, 0, 0),
                NodeStatus.READY,
                T0,
                T0,
                Map.of(),
                Version.initial()));
      }
      // Other services load the nodes unevenly first; spread of this service must still hold.
      List<Task> others = new ArrayList<>();
      for (int i = 0; i < random.nextInt(40); i++) {
        others.add(
            TaskBuilder.task("o" + i)
                .service(ServiceId.of("other"), "other")
                .on(nodes.get(random.nextInt(nodeCount)).id())
                .build());
      }
      List<Task> batch = new ArrayList<>();
      int replicas = random.nextInt(60);
      for (int r = 0; r < replicas; r++) {
        batch.add(
            TaskBuilder.task("w" + r)
                .service(ServiceId.of("web"), "web")
                .slot(r)
                .image("nginx:1")
                .build());
      }
      Map<String, Integer> perNode = new HashMap<>();
      nodes.forEach(node -> perNode.put(node.id().value(), 0));
      for (Placement.Outcome outcome : Placement.place(batch, nodes, others)) {
        perNode.merge(((Placement.Placed) outcome).node().value(), 1, Integer::sum);
      }
      int max = perNode.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      int min = perNode.values().stream().mapToInt(Integer::intValue).min().orElse(0);
      assertThat(max - min)
          .as("spread of %d replicas, seed %d", replicas, seed)
          .isLessThanOrEqualTo(1);
    }
  }
}
