package dev.warren.domain.port.out;

import dev.warren.domain.model.service.PortMapping;
import java.util.List;

/**
 * The host ports of this node. Containers share the node's network, so a published port is the
 * host's own: a worker checks it is free before it starts a container that publishes it.
 */
public interface HostPortsPort {

  /**
   * Checks that every published host port of {@code ports} (host port ≠ 0) can be bound on this
   * node now, with its protocol.
   *
   * @throws dev.warren.domain.error.FailedPreconditionException naming the first port in use and
   *     what to do about it
   */
  void requireFree(List<PortMapping> ports);
}
