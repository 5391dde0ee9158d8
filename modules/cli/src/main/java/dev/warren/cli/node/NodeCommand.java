package dev.warren.cli.node;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroupCommand;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.RemoveNodeRequest;
import picocli.CommandLine.Command;

/** {@code warren node}: the node commands; {@code ls} has a filter of its own. */
@Command(
    name = "node",
    description = "Manage nodes.",
    subcommands = {NodeListCommand.class})
public final class NodeCommand extends NounGroupCommand<Node> {

  public NodeCommand() {
    super(
        Noun.<Node>called("node", "nodes", "ID")
            .id(node -> node.id().value())
            .check(NodeId::of)
            .lookup(
                (manager, id) ->
                    manager.nodes().get(new GetNodeRequest(NodeId.of(id), LINEARIZABLE)))
            .inspect("Show one node in detail.", NodeText::details)
            .remove(
                "Remove one or more nodes.",
                (manager, id) -> manager.nodes().remove(new RemoveNodeRequest(NodeId.of(id))))
            .build());
  }
}
