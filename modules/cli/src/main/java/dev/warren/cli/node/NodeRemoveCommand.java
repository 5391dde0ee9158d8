package dev.warren.cli.node;

import dev.warren.cli.kit.RemoveCommand;
import dev.warren.cli.CliPorts;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.RemoveNodeRequest;
import picocli.CommandLine.Command;

/**
 * {@code warren node rm ID...}: removes each node (its containers are shut down and replaced
 * elsewhere), printing what it removed. Goes on after a failure, prints one error line per failure
 * and exits with the first failure's code, like {@code docker node rm}.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more nodes.")
public final class NodeRemoveCommand extends RemoveCommand {
  NodeRemoveCommand(CliPorts ports) {
    super(
        ports,
        NodeCommand.NOUN,
        (m, id) -> m.nodes().remove(new RemoveNodeRequest(NodeId.of(id))));
  }
}
