package dev.warren.cli.node;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.kit.NounGroup;
import dev.warren.cli.kit.NounVerbs;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RemoveNodeRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;

/** {@code warren node}: the node commands. */
@Command(
    name = "node",
    modelTransformer = NounVerbs.class,
    description = "Manage nodes.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {NodeListCommand.class, NodeUpdateCommand.class})
public final class NodeCommand implements NounGroup {
  private static final Noun<Node> NOUN =
      new Noun<>(
          "node",
          "nodes",
          "ID",
          Map.of("inspect", "Show one node in detail.", "rm", "Remove one or more nodes."),
          node -> node.id().value(),
          Function.identity(),
          NodeId::of,
          manager ->
              manager
                  .nodes()
                  .list(new ListNodesRequest(Optional.empty(), ReadConsistency.LINEARIZABLE)),
          (manager, id) ->
              manager.nodes().get(new GetNodeRequest(NodeId.of(id), ReadConsistency.LINEARIZABLE)),
          (manager, id) -> manager.nodes().remove(new RemoveNodeRequest(NodeId.of(id))),
          NodeText::table,
          NodeText::pretty);

  @Override
  public Noun<Node> noun() {
    return NOUN;
  }
}
