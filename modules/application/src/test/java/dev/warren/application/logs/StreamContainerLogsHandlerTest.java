package dev.warren.application.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogTail;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.StreamContainerLogsRequest;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.NodeLogsPort;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.InMemoryContainerRuntimeAdapter;
import dev.warren.testkit.RecordingLogSink;
import dev.warren.testkit.SampleEntities;
import dev.warren.testkit.SampleTasks;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The manager's side of container logs over in-memory nodes: each node's runtime is read through
 * the node's own handler, as the logs endpoint would.
 */
class StreamContainerLogsHandlerTest {
  private final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  private final Map<NodeId, InMemoryContainerRuntimeAdapter> runtimes = new HashMap<>();
  private final List<NodeId> unreachable = new CopyOnWriteArrayList<>();
  private final NodeLogsPort nodes =
      (node, request, sink) -> {
        if (unreachable.contains(node.id())) {
          sink.ended(
              Optional.of(new UnavailableException("cannot reach node " + node.id() + " at x")));
          return LogFollow.ended();
        }
        return new StreamNodeLogsHandler(runtimes.get(node.id())).stream(request, sink);
      };
  private final StreamContainerLogsHandler handler = new StreamContainerLogsHandler(state, nodes);
  private final Service ticker = SampleEntities.service("svc-ticker", "ticker");
  private final Task first =
      SampleTasks.placed("aaaaaa111", ticker, 1, NodeId.of("node-a"), SampleEntities.T0);
  private final Task second =
      SampleTasks.placed("bbbbbb222", ticker, 2, NodeId.of("node-b"), SampleEntities.T0);

  @BeforeEach
  void twoNodesRunningOneReplicaEach() {
    state.apply(
        1,
        writer -> {
          writer.put(EntityKind.NODE, SampleEntities.node("node-a"));
          writer.put(EntityKind.NODE, SampleEntities.node("node-b"));
          writer.put(EntityKind.SERVICE, ticker);
          writer.put(EntityKind.TASK, first);
          writer.put(EntityKind.TASK, second);
        });
    run(first, "a1", "a2", "a3");
    run(second, "b1", "b2");
  }

  @Test
  void oneContainersTailComesWithoutSource() {
    var sink = new RecordingLogSink();

    handler.stream(new StreamContainerLogsRequest("aaaaaa111", new LogTail(2), false), sink);

    assertThat(sink.lines()).containsExactly("a2", "a3");
    assertThat(sink.end()).isEmpty();
  }

  @Test
  void aServicesReplicasAreMarkedWithReplicaAndNode() {
    var sink = new RecordingLogSink();

    handler.stream(new StreamContainerLogsRequest("ticker", new LogTail(1), false), sink);

    assertThat(sink.lines())
        .containsExactly("ticker.1.aaaaaa@node-a | a3", "ticker.2.bbbbbb@node-b | b2");
    assertThat(sink.end()).isEmpty();
  }

  @Test
  void aReplicaWhoseNodeCannotBeReachedIsReportedAndTheOthersGoOn() {
    unreachable.add(NodeId.of("node-b"));
    var sink = new RecordingLogSink();

    LogFollow follow =
        handler.stream(new StreamContainerLogsRequest("svc-ticker", new LogTail(1), true), sink);
    runtimes.get(NodeId.of("node-a")).write(first.id(), "a4");
    follow.close();
    runtimes.get(NodeId.of("node-a")).write(first.id(), "after close");

    assertThat(sink.lines())
        .containsExactly("ticker.1.aaaaaa@node-a | a3", "ticker.1.aaaaaa@node-a | a4");
    assertThat(sink.problems()).singleElement().asString().contains("node-b");
    assertThat(sink.ended()).isFalse();
  }

  @Test
  void theOneContainerAskedForOnADownNodeFailsNamingTheNode() {
    state.apply(
        2,
        writer ->
            writer.put(
                EntityKind.NODE,
                SampleEntities.node("node-b")
                    .withHeartbeat(
                        NodeStatus.DOWN,
                        SampleEntities.node("node-b").resources(),
                        SampleEntities.T0)));
    var sink = new RecordingLogSink();

    handler.stream(new StreamContainerLogsRequest("bbbbbb222", new LogTail(5), false), sink);

    assertThat(sink.lines()).isEmpty();
    assertThat(sink.end()).containsInstanceOf(UnavailableException.class);
    assertThat(sink.end().orElseThrow()).hasMessageContaining("node node-b is down");
  }

  @Test
  void whenEveryReplicaFailsTheStreamFails() {
    unreachable.add(NodeId.of("node-a"));
    unreachable.add(NodeId.of("node-b"));
    var sink = new RecordingLogSink();

    handler.stream(new StreamContainerLogsRequest("ticker", new LogTail(5), false), sink);

    assertThat(sink.problems()).hasSize(2);
    assertThat(sink.end()).containsInstanceOf(UnavailableException.class);
  }

  @Test
  void anUnknownNameIsNotFoundWithWhatToDo() {
    assertThatThrownBy(
            () ->
                handler.stream(
                    new StreamContainerLogsRequest("nothing", new LogTail(5), false),
                    new RecordingLogSink()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nothing")
        .hasMessageContaining("warren service ls");
  }

  private void run(Task task, String... lines) {
    var runtime = InMemoryContainerRuntimeAdapter.fresh();
    runtimes.put(task.nodeId().orElseThrow(), runtime);
    runtime.start(
        new ContainerLaunch(
            task.id(),
            "ticker",
            task.slot(),
            InMemoryContainerRuntimeAdapter.IMAGE,
            List.of("run"),
            Map.of(),
            Resources.UNLIMITED,
            Duration.ofSeconds(1),
            List.of(),
            List.of()));
    for (String line : lines) {
      runtime.write(task.id(), line);
    }
  }
}
