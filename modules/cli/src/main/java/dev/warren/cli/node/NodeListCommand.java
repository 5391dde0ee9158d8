package dev.warren.cli.node;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warren node ls}: every node (or those of one role), ordered by id. */
@Command(name = "ls", aliases = "list", description = "List nodes.")
public final class NodeListCommand extends ManagerOutputCommand {
  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Only nodes of this role: manager, worker or hybrid.")
  String role;

  NodeListCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    Optional<NodeRole> only =
        Optional.ofNullable(role).map(name -> WireEnum.parse(NodeRole.class, "role", name));
    List<Node> nodes;
    try (ManagerClient manager = connect()) {
      nodes = manager.nodes().list(new ListNodesRequest(only, ReadConsistency.LINEARIZABLE));
    }
    return printList(nodes, node -> node.id().value(), NodeNoun.TABLE::render);
  }
}
