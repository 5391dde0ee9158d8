package dev.warren.cli.node;

import dev.warren.cli.kit.Noun;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren node}: the node commands. */
@Command(
    name = "node",
    description = "Manage nodes.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {NodeListCommand.class, NodeInspectCommand.class, NodeRemoveCommand.class})
public final class NodeCommand {
  /** What the generic verbs know of this noun. */
  static final Noun<Node> NOUN =
      new Noun<>(
          "node",
          "nodes",
          "ID",
          node -> node.id().value(),
          Function.identity(),
          NodeId::of,
          (manager, id) -> manager.nodes().get(new GetNodeRequest(NodeId.of(id), ReadConsistency.LINEARIZABLE)),
          NodeText::table,
          NodeText::pretty);
}
