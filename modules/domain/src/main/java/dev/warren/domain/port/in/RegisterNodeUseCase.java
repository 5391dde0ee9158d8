package dev.warren.domain.port.in;

import dev.warren.domain.model.node.Node;

/** Registers a node, or registers it again after a restart. */
public interface RegisterNodeUseCase {
  /**
   * Stores the node as ready, with the given role, address, resources and labels. A node that
   * registers again keeps its creation time; its version moves on.
   *
   * @return the node as stored
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  Node register(RegisterNodeRequest request);
}
