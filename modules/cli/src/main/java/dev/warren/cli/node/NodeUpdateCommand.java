package dev.warren.cli.node;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.LabelEditOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.UpdateNodeRequest;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code warren node update NODE [--availability active|pause|drain] [--label-add K=V]...
 * [--label-rm K]...}: drain moves the node's replicas elsewhere (replacements start before the old
 * ones stop), pause keeps them but places nothing new, active takes replicas again.
 */
@Command(name = "update", description = "Update a node's availability or labels.")
public final class NodeUpdateCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NODE", description = "The node's id.")
  String node;

  @Option(
      names = "--availability",
      paramLabel = "AVAILABILITY",
      description = "active, pause or drain.")
  String availability;

  @Mixin LabelEditOptions labels;

  NodeUpdateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    if (availability == null && !labels.given()) {
      throw new ParameterException(
          spec.commandLine(), "nothing to update: give --availability, --label-add or --label-rm");
    }
    var request =
        new UpdateNodeRequest(
            NodeId.of(node),
            Optional.ofNullable(availability)
                .map(value -> WireEnum.parse(NodeAvailability.class, "availability", value)),
            labels.added(),
            labels.removed());
    Node updated;
    try (ManagerClient manager = connect()) {
      updated = manager.nodes().update(request);
    }
    output.printObject(out(), updated, n -> n.id().value(), n -> n.id().value());
    return ExitCodes.OK;
  }
}
