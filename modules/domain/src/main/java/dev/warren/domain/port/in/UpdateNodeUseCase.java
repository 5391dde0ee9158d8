package dev.warren.domain.port.in;

import dev.warren.domain.model.node.Node;

/** Changes a node's availability and labels ({@code warren node update}). */
public interface UpdateNodeUseCase {
  /**
   * Applies the request to the node as it is now; draining makes the scheduler start the node's
   * replicas elsewhere and then stop them, pausing stops only new placements.
   *
   * @return the node as updated
   * @throws dev.warren.domain.error.NotFoundException if no such node is registered
   * @throws dev.warren.domain.error.VersionConflictException if the node changed concurrently (try
   *     again)
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  Node update(UpdateNodeRequest request);
}
