package dev.warren.cli.container;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.service.ServiceResolver;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.in.ListContainersRequest;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which containers {@code container ls} lists: all, or a service's, or a node's, or both. */
final class ContainerFilters {
  @Option(
      names = "--service",
      paramLabel = "NAME|ID",
      description = "Only the containers of this service.")
  String service;

  @Option(names = "--node", paramLabel = "ID", description = "Only the containers on this node.")
  String node;

  /** The node, checked before anything connects. */
  Optional<NodeId> node() {
    return Optional.ofNullable(node).map(NodeId::of);
  }

  /** The request for the containers these filters select on {@code onNode}. */
  ListContainersRequest request(ManagerClient manager, Optional<NodeId> onNode) {
    Optional<ServiceId> ofService =
        Optional.ofNullable(service)
            .map(reference -> ServiceResolver.resolve(manager.services(), reference).id());
    return new ListContainersRequest(ofService, onNode, LINEARIZABLE);
  }
}
