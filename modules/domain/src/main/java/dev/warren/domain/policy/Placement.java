package dev.warren.domain.policy;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where replicas go. A node qualifies when it runs workloads (not a manager-only node), is ready,
 * has a runtime that can run the image (label {@value #RUNTIME_LABEL}: {@code process} runs only
 * {@code process://} images; any other runtime, or none named, only OCI images), and has the
 * reservations free (CPU shares, 1024 to a core, and reserved memory; a node that reported no
 * capacity is not filtered on it); among those, a replica goes to the node with the fewest replicas
 * of its service (spread), then the fewest replicas of any service (least loaded), then the lowest
 * node id, so the outcome is a pure function of its input. A batch is placed in one pass: each
 * placement counts for the next. A replica that fits nowhere stays pending with the reason, counted
 * per filter ("insufficient memory on 3 nodes").
 */
public final class Placement {
  /** The node label a worker registers its runtime under ({@code process}, {@code containerd}). */
  public static final String RUNTIME_LABEL = "warren.runtime";

  /** The runtime that runs {@code process://} images. */
  public static final String PROCESS_RUNTIME = "process";

  private static final String PROCESS_IMAGE = "process://";

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
   * Places {@code replicas}, in order.
   *
   * @param replicas the tasks to place (their node is ignored)
   * @param nodes every node of the cluster
   * @param placed the tasks already on nodes that hold resources (not in a terminal state)
   */
  public static List<Outcome> place(List<Task> replicas, List<Node> nodes, List<Task> placed) {
    Map<NodeId, Load> loads = new LinkedHashMap<>();
    nodes.stream()
        .sorted(Comparator.comparing(node -> node.id().value()))
        .forEach(node -> loads.put(node.id(), new Load(node)));
    for (Task task : placed) {
      task.nodeId().map(loads::get).ifPresent(load -> load.add(task));
    }
    List<Outcome> outcomes = new ArrayList<>(replicas.size());
    for (Task replica : replicas) {
      Map<String, Integer> refusals = new TreeMap<>();
      Load best = null;
      for (Load load : loads.values()) {
        String refusal = load.refusal(replica);
        if (refusal != null) {
          refusals.merge(refusal, 1, Integer::sum);
        } else if (best == null || load.betterThan(best, replica.serviceId())) {
          best = load;
        }
      }
      if (best == null) {
        outcomes.add(new Pending(replica.id(), reason(refusals)));
      } else {
        best.add(replica);
        outcomes.add(new Placed(replica.id(), best.node.id()));
      }
    }
    return List.copyOf(outcomes);
  }

  private static String reason(Map<String, Integer> refusals) {
    if (refusals.isEmpty()) {
      return "no node in the cluster";
    }
    var parts = new ArrayList<String>();
    refusals.forEach(
        (refusal, count) ->
            parts.add(refusal + " on " + count + (count == 1 ? " node" : " nodes")));
    return String.join(", ", parts);
  }

  /** What a node has taken so far in this pass. */
  private static final class Load {
    final Node node;
    long cpuShares;
    long memoryBytes;
    int total;
    final Map<ServiceId, Integer> perService = new HashMap<>();

    Load(Node node) {
      this.node = node;
    }

    void add(Task task) {
      cpuShares += task.resources().cpuShares();
      memoryBytes += task.resources().memoryReservationBytes();
      total++;
      perService.merge(task.serviceId(), 1, Integer::sum);
    }

    /** Why {@code task} cannot go here, or null when it can. */
    String refusal(Task task) {
      if (node.role() == NodeRole.MANAGER) {
        return "manager only";
      }
      if (node.status() != NodeStatus.READY) {
        return "not ready";
      }
      String runtime = node.labels().getOrDefault(RUNTIME_LABEL, "");
      if (!runtimeRuns(runtime, task.image())) {
        return runtime.isEmpty()
            ? "no runtime for " + task.image()
            : "runtime " + runtime + " cannot run " + task.image();
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

    boolean betterThan(Load other, ServiceId service) {
      int mine = perService.getOrDefault(service, 0);
      int theirs = other.perService.getOrDefault(service, 0);
      if (mine != theirs) {
        return mine < theirs;
      }
      return total < other.total; // equal: the earlier node id (iteration order) stays best
    }
  }
}
