package dev.warren.domain.policy;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.PlacementConstraint;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where replicas go: filters, then scores, as a pure function of its input.
 *
 * <p>A node qualifies for a replica when it runs workloads (not a manager-only node), is ready and
 * active (an operator did not pause or drain it), satisfies every constraint of the service, has a
 * runtime that can run the image (label {@value #RUNTIME_LABEL}: {@code process} runs only {@code
 * process://} images; any other runtime, or none named, only OCI images), holds every local volume
 * the replica mounts, has the replica's published host ports free (per protocol) and its
 * reservations free (CPU shares, 1024 to a core, and reserved memory; a node that reported no
 * capacity is not filtered on it). A replica that names a node (a global service's) may go there
 * only.
 *
 * <p>Among the qualified nodes a replica goes where its service has the fewest replicas in the
 * group of nodes sharing the value of each spread label, in order (a node without the label is in a
 * group of its own), then the fewest replicas of its service on the node (spread), then the fewest
 * replicas of any service (least loaded), then the lowest node id. A batch is placed in one pass:
 * each placement counts for the next. A replica that fits nowhere stays pending with the reason,
 * counted per filter ("insufficient memory on 3 nodes"; "no node satisfies node.labels.disk==ssd"
 * when one constraint refused every node).
 */
public final class Placement {
  /** The node label a worker registers its runtime under ({@code process}, {@code containerd}). */
  public static final String RUNTIME_LABEL = "warren.runtime";

  /** The runtime that runs {@code process://} images. */
  public static final String PROCESS_RUNTIME = "process";

  private static final String PROCESS_IMAGE = "process://";
  private static final String CONSTRAINT_REFUSAL = "constraint ";

  private Placement() {}

  /** Whether a node with {@code runtime} (empty: not said) can run {@code image}. */
  public static boolean runtimeRuns(String runtime, String image) {
    boolean processImage = image.startsWith(PROCESS_IMAGE);
    return processImage == PROCESS_RUNTIME.equals(runtime);
  }

  /** What became of one replica. */
  public sealed interface Outcome {
    TaskId taskId();
  }

  /** It goes to {@code node}. */
  public record Placed(TaskId taskId, NodeId node) implements Outcome {
    public Placed {
      Checks.notNull("container id", taskId);
      Checks.notNull("node id", node);
    }
  }

  /** It fits nowhere now, and why. */
  public record Pending(TaskId taskId, String reason) implements Outcome {
    public Pending {
      Checks.notNull("container id", taskId);
      Checks.notNull("reason", reason);
    }
  }

  /**
   * What placement reads of the cluster.
   *
   * @param nodes every node of the cluster
   * @param placed the tasks on nodes that hold resources (not in a terminal state)
   * @param specs the spec of each service (constraints, preferences, published ports); a task of a
   *     service not listed has none
   * @param volumeNodes the node each local volume lives on, by volume name
   */
  public record ClusterView(
      List<Node> nodes,
      List<Task> placed,
      Map<ServiceId, ServiceSpec> specs,
      Map<String, NodeId> volumeNodes) {
    public ClusterView {
      nodes = List.copyOf(nodes);
      placed = List.copyOf(placed);
      specs = Map.copyOf(specs);
      volumeNodes = Map.copyOf(volumeNodes);
    }
  }

  /**
   * Places {@code replicas}, in order, on {@code nodes} that already run {@code placed}, without
   * constraints, preferences, ports or volumes.
   */
  public static List<Outcome> place(List<Task> replicas, List<Node> nodes, List<Task> placed) {
    return place(replicas, new ClusterView(nodes, placed, Map.of(), Map.of()));
  }

  /** Places {@code replicas}, in order (a replica's node is kept as the only choice). */
  public static List<Outcome> place(List<Task> replicas, ClusterView cluster) {
    var pass = new Pass(cluster);
    List<Outcome> outcomes = new ArrayList<>(replicas.size());
    for (Task replica : replicas) {
      outcomes.add(pass.place(replica));
    }
    return List.copyOf(outcomes);
  }

  /**
   * Why {@code node} can never take a replica of {@code spec}, whatever else runs there (role,
   * readiness, availability, constraints, runtime), or empty when it may: the nodes a global
   * service runs on.
   */
  public static Optional<String> ineligibility(Node node, ServiceSpec spec) {
    return Optional.ofNullable(staticRefusal(node, spec.image(), spec.placement()));
  }

  private static String staticRefusal(Node node, String image, PlacementSpec placement) {
    if (node.role() == NodeRole.MANAGER) {
      return "manager only";
    }
    if (node.status() != NodeStatus.READY) {
      return "not ready";
    }
    if (node.availability() != NodeAvailability.ACTIVE) {
      return "availability " + node.availability().wireName();
    }
    for (PlacementConstraint constraint : placement.constraints()) {
      if (!constraint.matches(node)) {
        return CONSTRAINT_REFUSAL + constraint;
      }
    }
    String runtime = node.labels().getOrDefault(RUNTIME_LABEL, "");
    if (!runtimeRuns(runtime, image)) {
      return runtime.isEmpty()
          ? "no runtime for " + image
          : "runtime " + runtime + " cannot run " + image;
    }
    return null;
  }

  /** The loads of one pass: each placement counts for the next. */
  private static final class Pass {
    final ClusterView cluster;
    final Map<NodeId, Load> loads = new LinkedHashMap<>();
    final Map<Group, Candidates> groups = new HashMap<>();

    /** Replicas of a service per value of a spread label: key service, label, value. */
    final Map<String, Integer> perLabelValue = new HashMap<>();

    Pass(ClusterView cluster) {
      this.cluster = cluster;
      cluster.nodes().stream()
          .sorted(Comparator.comparing(node -> node.id().value()))
          .forEach(node -> loads.put(node.id(), new Load(node, loads.size())));
      for (Task task : cluster.placed()) {
        task.nodeId().map(loads::get).ifPresent(load -> add(load, task));
      }
    }

    /** The spec of the task's service; null for a service placement does not know. */
    ServiceSpec specOf(Task task) {
      return cluster.specs().get(task.serviceId());
    }

    void add(Load load, Task task) {
      ServiceSpec spec = specOf(task);
      load.add(task, spec);
      if (spec != null) {
        for (String label : spec.placement().spreadOver()) {
          perLabelValue.merge(key(task.serviceId(), label, load.node), 1, Integer::sum);
        }
      }
    }

    /**
     * Places one replica. A replica that names its node is checked against that node only; the
     * others take the best node from a heap kept per group of identical replicas (see {@link
     * Candidates}). Only a replica that fits nowhere is checked against every node again, to count
     * the reasons.
     */
    Outcome place(Task replica) {
      if (replica.nodeId().isPresent()) {
        return scan(replica);
      }
      ServiceSpec spec = specOf(replica);
      Candidates candidates =
          groups.computeIfAbsent(
              new Group(
                  replica.serviceId(), replica.image(), replica.resources(), replica.volumes()),
              group -> new Candidates(replica, spec));
      Load best = candidates.pollBest(replica, spec);
      if (best == null) {
        return scan(replica);
      }
      add(best, replica);
      candidates.offer(best);
      return new Placed(replica.id(), best.node.id());
    }

    /** Places one replica by checking every candidate node: the reasons of a refusal, counted. */
    Outcome scan(Task replica) {
      ServiceSpec spec = specOf(replica);
      Map<String, Integer> refusals = new TreeMap<>();
      Load best = null;
      Iterable<Load> candidates =
          replica.nodeId().isPresent()
              ? Optional.ofNullable(loads.get(replica.nodeId().get())).stream().toList()
              : loads.values();
      for (Load load : candidates) {
        String refusal = load.refusal(replica, spec, cluster.volumeNodes());
        if (refusal != null) {
          refusals.merge(refusal, 1, Integer::sum);
        } else if (best == null || better(load, best, replica.serviceId(), spec)) {
          best = load;
        }
      }
      if (best == null) {
        return new Pending(replica.id(), reason(refusals, loads.size()));
      }
      add(best, replica);
      return new Placed(replica.id(), best.node.id());
    }

    /** The score of {@code load} for a replica of {@code service}: lower is better. */
    int[] score(Load load, ServiceId service, ServiceSpec spec) {
      List<String> labels = spec == null ? List.of() : spec.placement().spreadOver();
      int[] score = new int[labels.size() + 3];
      for (int i = 0; i < labels.size(); i++) {
        score[i] = perLabelValue.getOrDefault(key(service, labels.get(i), load.node), 0);
      }
      score[labels.size()] = load.perService.getOrDefault(service, 0);
      score[labels.size() + 1] = load.total;
      score[labels.size() + 2] = load.index;
      return score;
    }

    /**
     * The nodes that may take the replicas of one group, in a heap by score. Scores only grow
     * during a pass (counts only go up), so an entry's stored score is never above its current one:
     * the top entry, once its score is recomputed and found unchanged, is the best node. A node
     * that refuses a replica refuses every later replica of the group too (its free resources and
     * ports only shrink), so it leaves the heap.
     */
    final class Candidates {
      private record Entry(Load load, int[] score) {}

      private final PriorityQueue<Entry> heap =
          new PriorityQueue<>((a, b) -> Arrays.compare(a.score(), b.score()));
      private final ServiceId service;
      private final ServiceSpec spec;

      Candidates(Task replica, ServiceSpec spec) {
        this.service = replica.serviceId();
        this.spec = spec;
        for (Load load : loads.values()) {
          if (load.refusal(replica, spec, cluster.volumeNodes()) == null) {
            offer(load);
          }
        }
      }

      void offer(Load load) {
        heap.add(new Entry(load, score(load, service, spec)));
      }

      Load pollBest(Task replica, ServiceSpec replicaSpec) {
        while (!heap.isEmpty()) {
          Entry top = heap.poll();
          int[] now = score(top.load(), service, spec);
          if (!Arrays.equals(now, top.score())) {
            heap.add(new Entry(top.load(), now));
          } else if (top.load().refusal(replica, replicaSpec, cluster.volumeNodes()) == null) {
            return top.load();
          }
        }
        return null;
      }
    }

    boolean better(Load load, Load other, ServiceId service, ServiceSpec spec) {
      if (spec != null) {
        for (String label : spec.placement().spreadOver()) {
          int mine = perLabelValue.getOrDefault(key(service, label, load.node), 0);
          int theirs = perLabelValue.getOrDefault(key(service, label, other.node), 0);
          if (mine != theirs) {
            return mine < theirs;
          }
        }
      }
      int mine = load.perService.getOrDefault(service, 0);
      int theirs = other.perService.getOrDefault(service, 0);
      if (mine != theirs) {
        return mine < theirs;
      }
      return load.total < other.total; // equal: the earlier node id (iteration order) stays best
    }

    static String key(ServiceId service, String label, Node node) {
      String value = node.labels().get(label);
      // A node without the label is a group of its own.
      return service.value()
          + '\u0000'
          + label
          + '\u0000'
          + (value == null ? "\u0001" + node.id().value() : value);
    }
  }

  private static String reason(Map<String, Integer> refusals, int nodes) {
    if (refusals.isEmpty()) {
      return "no node in the cluster";
    }
    if (refusals.size() == 1) {
      var only = refusals.entrySet().iterator().next();
      if (only.getKey().startsWith(CONSTRAINT_REFUSAL) && only.getValue() == nodes) {
        return "no node satisfies " + only.getKey().substring(CONSTRAINT_REFUSAL.length());
      }
    }
    var parts = new ArrayList<String>();
    refusals.forEach(
        (refusal, count) ->
            parts.add(refusal + " on " + count + (count == 1 ? " node" : " nodes")));
    return String.join(", ", parts);
  }

  /** Replicas that every filter treats alike: same service, image, reservations and volumes. */
  private record Group(
      ServiceId service, String image, Resources resources, List<VolumeMount> volumes) {}

  /** What a node has taken so far in this pass. */
  private static final class Load {
    final Node node;
    final int index;
    long cpuShares;
    long memoryBytes;
    int total;
    final Map<ServiceId, Integer> perService = new HashMap<>();
    final Set<String> hostPorts = new HashSet<>();

    Load(Node node, int index) {
      this.node = node;
      this.index = index;
    }

    void add(Task task, ServiceSpec spec) {
      cpuShares += task.resources().cpuShares();
      memoryBytes += task.resources().memoryReservationBytes();
      total++;
      perService.merge(task.serviceId(), 1, Integer::sum);
      if (spec != null) {
        for (PortMapping port : spec.ports()) {
          if (port.hostPort() != 0) {
            hostPorts.add(portKey(port));
          }
        }
      }
    }

    /** Why {@code task} cannot go here, or null when it can. */
    String refusal(Task task, ServiceSpec spec, Map<String, NodeId> volumeNodes) {
      String fixed =
          staticRefusal(
              node, task.image(), spec == null ? PlacementSpec.ANYWHERE : spec.placement());
      if (fixed != null) {
        return fixed;
      }
      for (VolumeMount mount : task.volumes()) {
        NodeId home = volumeNodes.get(mount.source());
        if (home != null && !home.equals(node.id())) {
          return "volume " + mount.source() + " is on node " + home;
        }
      }
      if (spec != null) {
        for (PortMapping port : spec.ports()) {
          if (port.hostPort() != 0 && hostPorts.contains(portKey(port))) {
            return "host port " + portKey(port) + " in use";
          }
        }
      }
      long cores = node.resources().cpuCores();
      long cpu = task.resources().cpuShares();
      if (cores > 0 && cpu > 0 && cpuShares + cpu > cores * 1024) {
        return "insufficient cpu";
      }
      long memory = node.resources().memoryBytes();
      long reserved = task.resources().memoryReservationBytes();
      if (memory > 0 && reserved > 0 && memoryBytes + reserved > memory) {
        return "insufficient memory";
      }
      return null;
    }

    static String portKey(PortMapping port) {
      return port.hostPort() + "/" + port.protocol().wireName();
    }
  }
}
