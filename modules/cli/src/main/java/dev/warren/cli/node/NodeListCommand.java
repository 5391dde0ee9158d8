package dev.warren.cli.node;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warren node ls}: every node (or those of one role), ordered by id, with its resources and
 * how many containers it runs.
 */
@Command(name = "ls", aliases = "list", description = "List nodes.")
public final class NodeListCommand extends ManagerOutputCommand {
  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Only nodes of this role: manager, worker or hybrid.")
  String role;

  NodeListCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    Optional<NodeRole> only =
        Optional.ofNullable(role).map(name -> WireEnum.parse(NodeRole.class, "role", name));
    List<Node> nodes;
    Map<NodeId, Long> running;
    try (ManagerClient manager = connect()) {
      nodes = manager.nodes().list(new ListNodesRequest(only, ReadConsistency.LINEARIZABLE));
      running =
          runningPerNode(
              manager
                  .containers()
                  .list(
                      new ListContainersRequest(
                          Optional.empty(), Optional.empty(), ReadConsistency.LINEARIZABLE)));
    }
    return printList(nodes, node -> node.id().value(), NodeNoun.table(running)::render);
  }

  /** How many containers each node reported running, from one listing of every container. */
  static Map<NodeId, Long> runningPerNode(List<Task> containers) {
    return containers.stream()
        .filter(task -> task.state() == TaskState.RUNNING && task.nodeId().isPresent())
        .collect(Collectors.groupingBy(task -> task.nodeId().orElseThrow(), Collectors.counting()));
  }
}
