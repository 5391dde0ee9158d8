package dev.warren.domain.policy;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Desired against observed for a global service: one live replica on every node that may run it
 * ({@link Placement#ineligibility}: a worker or hybrid node, ready, active, satisfying the
 * constraints, with a runtime for the image), none elsewhere. A node that joins gets one; a node
 * that is drained, no longer satisfies the constraints, is removed or down has its replica stopped
 * (a global replica belongs to its node, so nothing moves); a paused node keeps what it runs and
 * gets nothing new. On each node the restart policy applies as it does to a replicated slot. Pure.
 */
public final class GlobalReconciliation {
  private GlobalReconciliation() {}

  /** What to do for global {@code service}, given all its replicas and every node. */
  public static List<ReplicaAction> plan(
      Service service, List<Task> replicas, List<Node> nodes, Instant now) {
    Map<NodeId, List<Task>> byNode = new HashMap<>();
    for (Task replica : replicas) {
      replica
          .nodeId()
          .ifPresent(node -> byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(replica));
    }
    List<ReplicaAction> actions = new ArrayList<>();
    Set<NodeId> known = new HashSet<>();
    nodes.stream()
        .sorted(Comparator.comparing(node -> node.id().value()))
        .forEach(
            node -> {
              known.add(node.id());
              List<Task> here = byNode.getOrDefault(node.id(), List.of());
              if (node.availability() == NodeAvailability.PAUSE) {
                return;
              }
              Optional<String> refusal = Placement.ineligibility(node, service.spec());
              if (refusal.isPresent()) {
                stopLive(here, "node " + node.id() + ": " + refusal.get(), actions);
                return;
              }
              var slot = new ArrayList<ReplicaAction>();
              ReplicaReconciliation.planSlot(
                  0, here, service.spec().restartPolicy(), Set.of(), now, slot);
              for (ReplicaAction action : slot) {
                actions.add(
                    action instanceof ReplicaAction.StartReplica start
                        ? new ReplicaAction.StartReplicaOn(node.id(), start.attempt())
                        : action);
              }
            });
    byNode.forEach(
        (node, here) -> {
          if (!known.contains(node)) {
            stopLive(here, "node " + node + " left the cluster", actions);
          }
        });
    return List.copyOf(actions);
  }

  private static void stopLive(List<Task> here, String reason, List<ReplicaAction> out) {
    for (Task task : here) {
      if (task.desiredState() == DesiredState.RUNNING && !task.state().isTerminal()) {
        out.add(new ReplicaAction.StopReplica(task.id(), reason));
      }
    }
  }
}
