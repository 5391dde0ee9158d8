package dev.warren.domain.port.in;

import dev.warren.domain.model.node.Node;

/** Reads one node. */
public interface GetNodeUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such node is registered
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  Node get(GetNodeRequest request);
}
