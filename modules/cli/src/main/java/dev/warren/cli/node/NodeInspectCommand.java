package dev.warren.cli.node;

import dev.warren.cli.kit.InspectCommand;
import dev.warren.cli.CliPorts;
import dev.warren.domain.model.node.Node;
import picocli.CommandLine.Command;

/** {@code warren node inspect ID}: one node in detail. */
@Command(name = "inspect", description = "Show one node in detail.")
public final class NodeInspectCommand extends InspectCommand<Node> {
  NodeInspectCommand(CliPorts ports) {
    super(ports, NodeCommand.NOUN);
  }
}
