package dev.warren.adapters.grpc;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.ContainerUseCases;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.GetContainerUseCase;
import dev.warren.domain.port.in.GetNodeRequest;
import dev.warren.domain.port.in.GetNodeUseCase;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ListContainersUseCase;
import dev.warren.domain.port.in.ListNodesRequest;
import dev.warren.domain.port.in.ListNodesUseCase;
import dev.warren.domain.port.in.NodeUseCases;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RecordHeartbeatUseCase;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RegisterNodeUseCase;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.domain.port.in.RemoveNodeUseCase;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.ReportContainerHealthUseCase;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.in.UpdateContainerStatusUseCase;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.in.WatchContainersUseCase;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The node and container use cases over maps, with the rules the adapter must translate (not found,
 * not the node's container, forward-only states), and watches a test drives by hand. Records the
 * requests it receives.
 */
final class FakeNodeContainerUseCases
    implements RegisterNodeUseCase,
        RecordHeartbeatUseCase,
        ListNodesUseCase,
        GetNodeUseCase,
        RemoveNodeUseCase,
        UpdateContainerStatusUseCase,
        ListContainersUseCase,
        GetContainerUseCase,
        ReportContainerHealthUseCase,
        WatchContainersUseCase {
  static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456789Z");

  private final Map<NodeId, Node> nodes = new ConcurrentHashMap<>();
  private final Map<TaskId, Task> tasks = new ConcurrentHashMap<>();
  final List<Object> requests = new CopyOnWriteArrayList<>();
  final List<FakeWatch> watches = new CopyOnWriteArrayList<>();

  NodeUseCases nodeUseCases() {
    return new NodeUseCases(this, this, this, this, this);
  }

  ContainerUseCases containerUseCases() {
    return new ContainerUseCases(this, this, this, this, this);
  }

  void put(Node node) {
    nodes.put(node.id(), node);
  }

  void put(Task task) {
    tasks.put(task.id(), task);
  }

  @Override
  public Node register(RegisterNodeRequest request) {
    requests.add(request);
    Node node =
        new Node(
            request.id(),
            request.role(),
            request.address(),
            "",
            request.resources(),
            NodeStatus.READY,
            NOW,
            NOW,
            request.labels(),
            Version.initial());
    put(node);
    return node;
  }

  @Override
  public void record(RecordHeartbeatRequest request) {
    requests.add(request);
    node(request.nodeId());
  }

  @Override
  public List<Node> list(ListNodesRequest request) {
    requests.add(request);
    return nodes.values().stream()
        .filter(node -> request.role().map(role -> node.role() == role).orElse(true))
        .sorted((a, b) -> a.id().value().compareTo(b.id().value()))
        .toList();
  }

  @Override
  public Node get(GetNodeRequest request) {
    requests.add(request);
    return node(request.id());
  }

  @Override
  public void remove(RemoveNodeRequest request) {
    requests.add(request);
    if (nodes.remove(request.id()) == null) {
      throw new NotFoundException("node not found: " + request.id());
    }
  }

  @Override
  public void update(UpdateContainerStatusRequest request) {
    requests.add(request);
    Task task = task(request.report().taskId());
    if (!task.isOn(request.nodeId())) {
      throw new PermissionDeniedException(
          "container " + task.id() + " is not assigned to node " + request.nodeId());
    }
    var report = request.report();
    put(task.moveTo(report.state(), report.runtimeContainerId(), report.error(), NOW));
  }

  @Override
  public List<Task> list(ListContainersRequest request) {
    requests.add(request);
    return tasks.values().stream()
        .filter(task -> request.serviceId().map(task.serviceId()::equals).orElse(true))
        .filter(task -> request.nodeId().map(task::isOn).orElse(true))
        .sorted((a, b) -> a.id().value().compareTo(b.id().value()))
        .toList();
  }

  @Override
  public Task get(GetContainerRequest request) {
    requests.add(request);
    return task(request.id());
  }

  @Override
  public void report(ReportContainerHealthRequest request) {
    requests.add(request);
    task(request.containerId());
  }

  @Override
  public ContainerWatch watch(WatchContainersRequest request, Runnable wakeUp) {
    requests.add(request);
    node(request.nodeId());
    var watch = new FakeWatch(wakeUp);
    tasks.values().stream()
        .filter(task -> task.isOn(request.nodeId()))
        .forEach(task -> watch.events.add(new TaskEvent(TaskEvent.Type.ADD, task)));
    watches.add(watch);
    return watch;
  }

  private Node node(NodeId id) {
    return Optional.ofNullable(nodes.get(id))
        .orElseThrow(() -> new NotFoundException("node not found: " + id));
  }

  private Task task(TaskId id) {
    return Optional.ofNullable(tasks.get(id))
        .orElseThrow(() -> new NotFoundException("container not found: " + id));
  }

  /** A watch whose events and cut-off the test decides. */
  static final class FakeWatch implements ContainerWatch {
    private final Runnable wakeUp;
    private final ArrayDeque<TaskEvent> events = new ArrayDeque<>();
    private boolean cutOff;
    private volatile boolean closed;

    FakeWatch(Runnable wakeUp) {
      this.wakeUp = wakeUp;
    }

    void push(TaskEvent event) {
      synchronized (this) {
        events.add(event);
      }
      wakeUp.run();
    }

    void cutOff() {
      synchronized (this) {
        cutOff = true;
      }
      wakeUp.run();
    }

    boolean closed() {
      return closed;
    }

    @Override
    public synchronized Optional<TaskEvent> poll() {
      if (cutOff) {
        throw new VersionConflictException("fell behind; watch again");
      }
      return Optional.ofNullable(events.poll());
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
