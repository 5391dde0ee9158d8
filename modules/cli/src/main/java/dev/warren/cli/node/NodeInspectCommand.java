package dev.warren.cli.node;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warren node inspect ID}: one node in detail. */
@Command(name = "inspect", description = "Show one node in detail.")
public final class NodeInspectCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "ID", description = "The node.")
  String node;

  NodeInspectCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    NodeId id = NodeId.of(node);
    Node found;
    try (ManagerClient manager = connector.connect(client.config())) {
      found = manager.nodes().get(new GetNodeRequest(id, ReadConsistency.LINEARIZABLE));
    }
    Instant now = clock.instant();
    output.printObject(
        spec.commandLine().getOut(),
        found,
        node -> node.id().value(),
        node -> NodeText.pretty(node, now));
    return ExitCodes.OK;
  }
}
