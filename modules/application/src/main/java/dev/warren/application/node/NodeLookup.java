package dev.warren.application.node;

import dev.warren.application.replication.Lookups;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/** Finding nodes and stamping times, shared by the node handlers. */
final class NodeLookup {
  private NodeLookup() {}

  static Node find(StateReader reader, NodeId id) {
    return Lookups.byId(reader, EntityKind.NODE, "node", id.value());
  }

  /** Microsecond precision: what survives every encoding we use, so reads equal what we return. */
  static Instant now(InstantSource clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
