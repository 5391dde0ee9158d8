package dev.warren.cli.node;

import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.node.Node;
import picocli.CommandLine.Command;

/** {@code warren node}: the verbs particular to nodes; {@link NodeNoun} describes the rest. */
@Command(
    name = "node",
    subcommands = {NodeListCommand.class, NodeUpdateCommand.class})
public final class NodeCommand extends NounGroupCommand<Node> {
  public NodeCommand() {
    super(NodeNoun.NOUN, "Manage nodes.");
  }
}
