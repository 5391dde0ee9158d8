package dev.warren.cli;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.ContainerClient;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.NodeClient;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.domain.port.in.UpdateNodeRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory nodes and containers behind the node and container use cases, for CLI tests. */
public final class FakeNodesAndContainers implements NodeClient, ContainerClient {
  private final Map<NodeId, Node> nodes = new ConcurrentHashMap<>();
  private final Map<TaskId, Task> containers = new ConcurrentHashMap<>();

  /** Nodes {@code node rm} refuses, as a manager refuses Raft members. */
  private final Set<NodeId> managers = ConcurrentHashMap.newKeySet();

  public final List<Object> requests = new CopyOnWriteArrayList<>();

  public void put(Node node) {
    nodes.put(node.id(), node);
  }

  public void put(Task task) {
    containers.put(task.id(), task);
  }

  public void protect(NodeId manager) {
    managers.add(manager);
  }

  public boolean has(NodeId id) {
    return nodes.containsKey(id);
  }

  @Override
  public List<Node> list(ListNodesRequest request) {
    requests.add(request);
    return nodes.values().stream()
        .filter(node -> request.role().map(role -> node.role() == role).orElse(true))
        .sorted(Comparator.comparing(node -> node.id().value()))
        .toList();
  }

  @Override
  public Node get(GetNodeRequest request) {
    requests.add(request);
    return existing(nodes, request.id(), "node");
  }

  @Override
  public Node update(UpdateNodeRequest request) {
    requests.add(request);
    Node node = existing(nodes, request.id(), "node");
    var labels = new java.util.TreeMap<>(node.labels());
    labels.putAll(request.labelsToAdd());
    request.labelsToRemove().forEach(labels::remove);
    Node updated = node.updatedBy(request.availability().orElse(node.availability()), labels);
    nodes.put(request.id(), updated);
    return updated;
  }

  @Override
  public void remove(RemoveNodeRequest request) {
    requests.add(request);
    if (managers.contains(request.id())) {
      throw new FailedPreconditionException("node " + request.id() + " is a manager");
    }
    if (nodes.remove(request.id()) == null) {
      throw new NotFoundException("node not found: " + request.id());
    }
  }

  @Override
  public List<Task> list(ListContainersRequest request) {
    requests.add(request);
    return containers.values().stream()
        .filter(task -> request.serviceId().map(task.serviceId()::equals).orElse(true))
        .filter(task -> request.nodeId().map(task::isOn).orElse(true))
        .sorted(Comparator.comparing(Task::serviceName).thenComparingInt(Task::slot))
        .toList();
  }

  @Override
  public Task get(GetContainerRequest request) {
    requests.add(request);
    return existing(containers, request.id(), "container");
  }

  private static <K, V> V existing(Map<K, V> map, K id, String noun) {
    V found = map.get(id);
    if (found == null) {
      throw new NotFoundException(noun + " not found: " + id);
    }
    return found;
  }
}
