package dev.warren.application.node;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.NodeChange.NodeRegistered;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RegisterNodeUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Registers a node (an upsert): ready, heartbeat now; a node registering again keeps its creation
 * time and overlay address. Overlay addresses are not allocated yet, so a new node has none ("").
 */
public record RegisterNodeHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock, HeartbeatTracker heartbeats)
    implements RegisterNodeUseCase {

  @Override
  public Node register(RegisterNodeRequest request) {
    Instant now = StoredTime.now(clock);
    Optional<Node> existing =
        state.read(reader -> reader.get(EntityKind.NODE, request.id().value()));
    Node node =
        Node.registered(
            existing,
            request.id(),
            request.role(),
            request.address(),
            existing.map(Node::overlayIp).orElse(""),
            request.resources(),
            request.labels(),
            now);
    Futures.await(log.propose(new NodeRegistered(node)), "registering node " + request.id());
    heartbeats.beat(node.id(), now);
    return node;
  }
}
