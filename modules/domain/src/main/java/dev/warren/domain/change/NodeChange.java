package dev.warren.domain.change;

import dev.warren.domain.model.node.Node;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;

/** Changes to nodes. */
public sealed interface NodeChange extends StateChange {

  /** A node registered or re-registered itself (an upsert). */
  record NodeRegistered(Node node) implements NodeChange {
    @Override
    public void applyTo(StateWriter state) {
      state.put(EntityKind.NODE, node);
    }
  }
}
