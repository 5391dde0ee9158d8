package dev.warren.cli.node;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.OutputOptions;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warren node ls}: every node (or those of one role), ordered by id. */
@Command(name = "ls", aliases = "list", description = "List nodes.")
public final class NodeListCommand implements Callable<Integer> {
  private final ManagerConnector connector;
  private final InstantSource clock;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Mixin OutputOptions output;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Only nodes of this role: manager, worker or hybrid.")
  String role;

  NodeListCommand(CliPorts ports) {
    this.connector = ports.connector();
    this.clock = ports.clock();
  }

  @Override
  public Integer call() {
    Optional<NodeRole> only =
        Optional.ofNullable(role).map(name -> WireEnum.parse(NodeRole.class, "role", name));
    List<Node> nodes;
    try (ManagerClient manager = connector.connect(client.config())) {
      nodes = manager.nodes().list(new ListNodesRequest(only, ReadConsistency.LINEARIZABLE));
    }
    Instant now = clock.instant();
    output.printList(
        spec.commandLine().getOut(),
        nodes,
        node -> node.id().value(),
        all -> NodeText.table(all, now));
    return ExitCodes.OK;
  }
}
