package dev.warren.application.node;

import dev.warren.application.replication.Lookups;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;

/** Finds a node or says which one is missing. */
final class NodeLookup {
  private NodeLookup() {}

  static Node find(StateReader reader, NodeId id) {
    return Lookups.byId(reader, EntityKind.NODE, "node", id.value());
  }
}
