package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/**
 * What an API call acts on, as far as authorization cares: the node or the container a worker must
 * own. Values are taken from the request as sent (possibly empty), before any validation, so a
 * malformed request is judged like any other.
 */
public sealed interface CallSubject {

  /** The call names nothing a worker could own (or the rule does not depend on it). */
  record None() implements CallSubject {}

  /** The call acts on, or filters by, this node id ("" when the request left it empty). */
  record OfNode(String nodeId) implements CallSubject {
    public OfNode {
      Checks.notNull("node id", nodeId);
    }
  }

  /** The call acts on this container id ("" when the request left it empty). */
  record OfContainer(String containerId) implements CallSubject {
    public OfContainer {
      Checks.notNull("container id", containerId);
    }
  }

  static CallSubject none() {
    return new None();
  }

  static CallSubject node(String nodeId) {
    return new OfNode(nodeId);
  }

  static CallSubject container(String containerId) {
    return new OfContainer(containerId);
  }
}
