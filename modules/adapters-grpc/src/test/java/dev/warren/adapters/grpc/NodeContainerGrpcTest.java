package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.mapping.ContainerMessages;
import dev.warren.adapters.grpc.mapping.ContainerProtoMapper;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.GetNodeRequest;
import dev.warren.adapters.grpc.proto.ListNodesRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.proto.WatchContainersRequest;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.RemoveNodeRequest;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The node and container RPCs over loopback: server adapter, endpoint, client, fakes behind. */
class NodeContainerGrpcTest extends LoopbackServerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final NodeResources RESOURCES = new NodeResources(4, 8L << 30, 100L << 30);

  private final FakeNodeContainerUseCases fake = useCases.nodeContainers;

  private Node registerWorker(String id) {
    return client.register(
        new RegisterNodeRequest(
            NodeId.of(id), NodeRole.WORKER, "10.1.0.7:7946", RESOURCES, Map.of("zone", "b")));
  }

  private Task seedContainer() {
    registerWorker("worker-7");
    Task task = ContainerProtoMapper.toDomain(ContainerMessages.fullContainer());
    fake.put(task);
    return task;
  }

  @Test
  void nodesRegisterBeatAndAreReadThroughTheClient() {
    Node registered = registerWorker("worker-1");
    registerWorker("worker-2");
    var heartbeat =
        new RecordHeartbeatRequest(
            NodeId.of("worker-1"),
            Optional.of(new NodeResources(1, 2, 3)),
            List.of(new TaskStatusReport(TaskId.of("c-1"), TaskState.RUNNING, "ctr-1", "")));

    client.record(heartbeat);

    assertThat(fake.requests).contains(heartbeat);
    assertThat(
            client.get(
                new dev.warren.domain.port.in.GetNodeRequest(
                    NodeId.of("worker-1"), ReadConsistency.LOCAL)))
        .isEqualTo(registered);
    assertThat(
            client.list(
                new dev.warren.domain.port.in.ListNodesRequest(
                    Optional.of(NodeRole.WORKER), ReadConsistency.LINEARIZABLE)))
        .extracting(node -> node.id().value())
        .containsExactly("worker-1", "worker-2");
    assertThat(
            client.list(
                new dev.warren.domain.port.in.ListNodesRequest(
                    Optional.of(NodeRole.MANAGER), ReadConsistency.LINEARIZABLE)))
        .isEmpty();
    client.remove(new RemoveNodeRequest(NodeId.of("worker-2")));
    assertThatThrownBy(() -> client.remove(new RemoveNodeRequest(NodeId.of("worker-2"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("node not found: worker-2");
  }

  @Test
  void theWireAnswersWarrensStatusStringsAndRefusesBadInput() {
    registerWorker("worker-1");

    assertThat(
            api.removeNode(
                    dev.warren.adapters.grpc.proto.RemoveNodeRequest.newBuilder()
                        .setId("worker-1")
                        .build())
                .getStatus())
        .isEqualTo("ok");
    assertThat(codeOf(() -> api.getNode(GetNodeRequest.getDefaultInstance())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(codeOf(() -> api.getNode(GetNodeRequest.newBuilder().setId("ghost").build())))
        .isEqualTo(Status.Code.NOT_FOUND);
    assertThat(
            codeOf(
                () -> api.listNodes(ListNodesRequest.newBuilder().setRoleFilter("boss").build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(
            codeOf(
                () ->
                    api.updateContainerStatus(
                        dev.warren.adapters.grpc.proto.UpdateContainerStatusRequest.newBuilder()
                            .setContainerId("c-1")
                            .setNodeId("worker-7")
                            .setActualState("sleeping")
                            .build())))
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fake.requests).noneMatch(UpdateContainerStatusRequest.class::isInstance);
  }

  @Test
  void containersComeBackWithEveryFieldAndFilters() {
    Task task = seedContainer();

    assertThat(client.get(new GetContainerRequest(task.id(), ReadConsistency.LINEARIZABLE)))
        .isEqualTo(task);
    assertThat(
            client.list(
                new ListContainersRequest(
                    Optional.of(task.serviceId()),
                    Optional.of(NodeId.of("worker-7")),
                    ReadConsistency.LINEARIZABLE)))
        .containsExactly(task);
    assertThat(
            client.list(
                new ListContainersRequest(
                    Optional.of(ServiceId.of("other")),
                    Optional.empty(),
                    ReadConsistency.LINEARIZABLE)))
        .isEmpty();
    assertThatThrownBy(
            () -> client.get(new GetContainerRequest(TaskId.of("ghost"), ReadConsistency.LOCAL)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("container not found: ghost");
  }

  @Test
  void containerReportsKeepTheirRefusalCodes() {
    Task task = seedContainer();
    registerWorker("worker-8");
    var health = new ReportContainerHealthRequest(task.id(), false, "503", Instant.EPOCH, 3, 0);

    client.report(health);

    assertThat(fake.requests).contains(health);
    assertThatThrownBy(
            () ->
                client.update(
                    new UpdateContainerStatusRequest(
                        NodeId.of("worker-8"),
                        new TaskStatusReport(task.id(), TaskState.COMPLETE, "", ""))))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("not assigned to node worker-8");
    assertThatThrownBy(
            () ->
                client.update(
                    new UpdateContainerStatusRequest(
                        NodeId.of("worker-7"),
                        new TaskStatusReport(task.id(), TaskState.RUNNING, "", ""))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("cannot move from failed to running");
  }

  /** A WatchContainers call whose events and end a test reads with a deadline. */
  private static final class Watcher
      implements ClientResponseObserver<WatchContainersRequest, ContainerEvent> {
    final BlockingQueue<ContainerEvent> events = new LinkedBlockingQueue<>();
    final CompletableFuture<Status> end = new CompletableFuture<>();
    volatile ClientCallStreamObserver<WatchContainersRequest> call;

    @Override
    public void beforeStart(ClientCallStreamObserver<WatchContainersRequest> requestStream) {
      call = requestStream;
    }

    @Override
    public void onNext(ContainerEvent event) {
      events.add(event);
    }

    @Override
    public void onError(Throwable failure) {
      end.complete(Status.fromThrowable(failure));
    }

    @Override
    public void onCompleted() {
      end.complete(Status.OK);
    }

    ContainerEvent next() throws InterruptedException {
      ContainerEvent event = events.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(event).as("an event within " + TIMEOUT).isNotNull();
      return event;
    }

    Status ended() throws Exception {
      return end.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private Watcher watch(String node) {
    var watcher = new Watcher();
    WarrenAPIGrpc.newStub(channel)
        .watchContainers(WatchContainersRequest.newBuilder().setNodeId(node).build(), watcher);
    return watcher;
  }

  private FakeNodeContainerUseCases.FakeWatch awaitWatch() throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (fake.watches.isEmpty()) {
      assertThat(System.nanoTime()).as("a watch opened in time").isLessThan(deadline);
      Thread.onSpinWait();
    }
    return fake.watches.getFirst();
  }

  @Test
  void aWatchSendsTheCurrentSetThenWhatItIsGiven() throws Exception {
    Task task = seedContainer();
    Watcher watcher = watch("worker-7");

    ContainerEvent first = watcher.next();
    var opened = awaitWatch();
    Task running = task.withHealth(dev.warren.domain.model.task.TaskHealth.HEALTHY);
    opened.push(new TaskEvent(TaskEvent.Type.UPDATE, running));
    opened.push(new TaskEvent(TaskEvent.Type.DELETE, running));

    assertThat(ContainerProtoMapper.toDomain(first))
        .isEqualTo(new TaskEvent(TaskEvent.Type.ADD, task));
    assertThat(ContainerProtoMapper.toDomain(watcher.next()))
        .isEqualTo(new TaskEvent(TaskEvent.Type.UPDATE, running));
    assertThat(watcher.next().getType()).isEqualTo("delete");
    assertThat(watcher.end).isNotDone();
    watcher.call.cancel("test done", null);
  }

  @Test
  void aWatchThatFellBehindEndsWithAbortedTellingToWatchAgain() throws Exception {
    registerWorker("worker-7");
    Watcher watcher = watch("worker-7");
    var opened = awaitWatch();

    opened.cutOff();

    Status status = watcher.ended();
    assertThat(status.getCode()).isEqualTo(Status.Code.ABORTED);
    assertThat(status.getDescription()).isEqualTo("fell behind; watch again");
    assertThat(opened.closed()).isTrue();
  }

  @Test
  void cancellingTheCallClosesTheWatch() throws Exception {
    registerWorker("worker-7");
    Watcher watcher = watch("worker-7");
    var opened = awaitWatch();

    watcher.call.cancel("client gone", null);

    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!opened.closed()) {
      assertThat(System.nanoTime()).as("the watch closed in time").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  @Test
  void watchingAnUnknownOrUnnamedNodeFails() throws Exception {
    assertThat(watch("ghost").ended().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(watch("").ended().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(fake.watches).isEmpty();
  }

  /** Polls {@code watch} until it yields an event or throws, within the deadline. */
  private static Optional<TaskEvent> awaitPoll(ContainerWatch watch) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      Optional<TaskEvent> next = watch.poll();
      if (next.isPresent() || System.nanoTime() > deadline) {
        return next;
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void theClientWatchDeliversEventsAndThrowsTheCutOff() throws Exception {
    Task task = seedContainer();
    var wakeUps = new java.util.concurrent.atomic.AtomicInteger();

    try (ContainerWatch watch =
        client.watch(
            new dev.warren.domain.port.in.WatchContainersRequest(NodeId.of("worker-7")),
            wakeUps::incrementAndGet)) {
      assertThat(awaitPoll(watch)).contains(new TaskEvent(TaskEvent.Type.ADD, task));
      var opened = awaitWatch();
      opened.push(new TaskEvent(TaskEvent.Type.DELETE, task));
      assertThat(awaitPoll(watch)).contains(new TaskEvent(TaskEvent.Type.DELETE, task));
      // The wake-up runs on gRPC's thread just after the event is queued, so poll may see the
      // event first: wait for it.
      long wakeUpDeadline = System.nanoTime() + TIMEOUT.toNanos();
      while (wakeUps.get() < 2 && System.nanoTime() < wakeUpDeadline) {
        Thread.onSpinWait();
      }
      assertThat(wakeUps.get()).isGreaterThanOrEqualTo(2);

      opened.cutOff();

      assertThatThrownBy(() -> awaitPoll(watch))
          .isInstanceOf(VersionConflictException.class)
          .hasMessage("fell behind; watch again");
    }
  }

  @Test
  void closingTheClientWatchEndsTheCallAndAnUnknownNodeIsThrownByPoll() throws Exception {
    registerWorker("worker-7");
    ContainerWatch watch =
        client.watch(
            new dev.warren.domain.port.in.WatchContainersRequest(NodeId.of("worker-7")), () -> {});
    var opened = awaitWatch();

    watch.close();

    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!opened.closed()) {
      assertThat(System.nanoTime()).as("the server watch closed in time").isLessThan(deadline);
      Thread.onSpinWait();
    }
    assertThat(watch.poll()).isEmpty();
    ContainerWatch ghost =
        client.watch(
            new dev.warren.domain.port.in.WatchContainersRequest(NodeId.of("ghost")), () -> {});
    assertThatThrownBy(() -> awaitPoll(ghost))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("node not found: ghost");
    ghost.close();
  }
}
