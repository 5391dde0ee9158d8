package dev.warren.domain.port.in;

import dev.warren.domain.model.node.Node;
import java.util.List;

/** Lists nodes. */
public interface ListNodesUseCase {
  /**
   * @return the nodes with exactly the requested role (all without one), ordered by id
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  List<Node> list(ListNodesRequest request);
}
