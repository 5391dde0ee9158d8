package dev.warren.application.logs;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogSink;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.StreamContainerLogsRequest;
import dev.warren.domain.port.in.StreamContainerLogsUseCase;
import dev.warren.domain.port.in.StreamNodeLogsRequest;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.NodeLogsPort;
import dev.warren.domain.port.out.StateReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code warren container logs}: finds the container (by id) or the placed replicas of a service
 * (by name or id) in the applied state, asks each one's node for its lines through {@link
 * NodeLogsPort} and merges them into the caller's sink. A replica whose node is down or cannot be
 * reached is reported and the others go on; the one container asked for fails the stream. Thread-
 * safe.
 */
public final class StreamContainerLogsHandler implements StreamContainerLogsUseCase {
  private final ClusterStatePort state;
  private final NodeLogsPort nodes;

  public StreamContainerLogsHandler(ClusterStatePort state, NodeLogsPort nodes) {
    this.state = Checks.notNull("cluster state", state);
    this.nodes = Checks.notNull("node logs", nodes);
  }

  /** One container to read and where it runs (empty: its node is not registered any more). */
  private record Placed(Task container, Optional<Node> node) {}

  private record Target(boolean service, List<Placed> containers) {}

  @Override
  public LogFollow stream(StreamContainerLogsRequest request, LogSink sink) {
    Checks.notNull("request", request);
    Checks.notNull("log sink", sink);
    Target target = state.read(reader -> resolve(reader, request.target()));
    var merged = new MergedLogs(sink, target.containers().size(), target.service());
    List<LogFollow> follows = new ArrayList<>();
    for (Placed placed : target.containers()) {
      String source = target.service() ? source(placed) : "";
      LogSink replica = merged.replica(source);
      Optional<Node> node = placed.node().filter(found -> found.status() != NodeStatus.DOWN);
      if (node.isEmpty()) {
        replica.ended(Optional.of(nodeDown(placed)));
        continue;
      }
      follows.add(
          nodes.stream(
              node.get(),
              new StreamNodeLogsRequest(placed.container().id(), request.tail(), request.follow()),
              replica));
    }
    return () -> {
      merged.close();
      follows.forEach(LogFollow::close);
    };
  }

  private static Target resolve(StateReader reader, String reference) {
    Optional<Task> container = reader.get(EntityKind.TASK, reference);
    if (container.isPresent()) {
      return new Target(false, List.of(placed(reader, container.get())));
    }
    Service service =
        reader
            .findByName(EntityKind.SERVICE, reference)
            .or(() -> reader.get(EntityKind.SERVICE, reference))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no container or service is called "
                            + reference
                            + ": see 'warren container ls' and 'warren service ls'"));
    List<Placed> replicas =
        reader.list(EntityKind.TASK).stream()
            .filter(task -> task.serviceId().equals(service.id()))
            .filter(task -> task.nodeId().isPresent() && !task.state().isTerminal())
            .sorted(Comparator.comparingInt(Task::slot).thenComparing(task -> task.id().value()))
            .map(task -> placed(reader, task))
            .toList();
    return new Target(true, replicas);
  }

  private static Placed placed(StateReader reader, Task container) {
    return new Placed(
        container, container.nodeId().flatMap(node -> reader.get(EntityKind.NODE, node.value())));
  }

  /** How a replica's lines are marked: {@code ticker.2.abcd12@node-1}. */
  private static String source(Placed placed) {
    Task task = placed.container();
    String id = task.id().value();
    return task.serviceName()
        + "."
        + task.slot()
        + "."
        + id.substring(0, Math.min(6, id.length()))
        + "@"
        + task.nodeId().map(node -> node.value()).orElse("?");
  }

  private static UnavailableException nodeDown(Placed placed) {
    String node = placed.container().nodeId().map(id -> id.value()).orElse("(none)");
    if (placed.container().nodeId().isEmpty()) {
      return new UnavailableException(
          "container " + placed.container().id() + " is not placed on a node yet: no logs to read");
    }
    return new UnavailableException(
        "node "
            + node
            + " is down: the logs of container "
            + placed.container().id()
            + " cannot be read until it is back ('warren node ls' shows its status)");
  }
}
