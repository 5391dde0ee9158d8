package dev.warren.application.node;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.change.NodeChange.NodeUpdated;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.UpdateNodeRequest;
import dev.warren.domain.port.in.UpdateNodeUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes a node's availability and labels in one change that names the version it was computed
 * from, so a concurrent update is refused instead of losing labels. What draining or pausing means
 * for the node's replicas is the reconciler's business; this only records the operator's wish.
 */
public record UpdateNodeHandler(ClusterStatePort state, ReplicatedLogPort log)
    implements UpdateNodeUseCase {

  @Override
  public Node update(UpdateNodeRequest request) {
    NodeId id = request.id();
    Node node = StateQueries.current(state, log, reader -> NodeLookup.find(reader, id));
    Map<String, String> labels = new TreeMap<>(node.labels());
    labels.putAll(request.labelsToAdd());
    request.labelsToRemove().forEach(labels::remove);
    var change =
        new NodeUpdated(
            id, node.version(), request.availability().orElse(node.availability()), labels);
    Futures.await(log.propose(change), "updating node " + id);
    return StateQueries.current(state, log, reader -> NodeLookup.find(reader, id));
  }
}
