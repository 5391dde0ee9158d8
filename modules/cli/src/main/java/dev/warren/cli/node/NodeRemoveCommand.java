package dev.warren.cli.node;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ClientOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerConnector;
import dev.warren.cli.RemoveEach;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.RemoveNodeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren node rm ID...}: removes each node (its containers are shut down and replaced
 * elsewhere), printing what it removed. Goes on after a failure, prints one error line per failure
 * and exits with the first failure's code, like {@code docker node rm}.
 */
@Command(name = "rm", aliases = "remove", description = "Remove one or more nodes.")
public final class NodeRemoveCommand implements Callable<Integer> {
  private final ManagerConnector connector;

  @Spec CommandSpec spec;

  @Mixin ClientOptions client;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "The nodes.")
  List<String> nodes = new ArrayList<>();

  NodeRemoveCommand(CliPorts ports) {
    this.connector = ports.connector();
  }

  @Override
  public Integer call() {
    try (ManagerClient manager = connector.connect(client.config())) {
      return RemoveEach.run(
          spec,
          manager,
          nodes,
          (m, id) -> m.nodes().remove(new RemoveNodeRequest(NodeId.of(id))));
    }
  }
}
