package dev.warren.adapters.grpc;

import static dev.warren.adapters.grpc.NodeLogsGrpcTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.logs.proto.ContainerLogsGrpc;
import dev.warren.adapters.grpc.logs.proto.StreamContainerLogsRequest;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogTail;
import dev.warren.testkit.RecordingLogSink;
import io.grpc.Status;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** warren.logs.v1 StreamContainerLogs on a manager's API port, beside warren.v1. */
class ContainerLogsGrpcTest extends LoopbackServerTest {

  @Test
  void aServicesTailArrivesWithItsSourcesAndProblems() {
    var sink = new RecordingLogSink();

    client.stream(request("web", 2, false), sink);

    await(() -> sink.ended());
    assertThat(sink.lines())
        .containsExactly("web.1.abcdef@node-1 | line 2", "web.1.abcdef@node-1 | line 3");
    assertThat(sink.problems()).containsExactly("web.2.fedcba@node-2: cannot reach node node-2");
    assertThat(sink.end()).isEmpty();
  }

  @Test
  void anUnknownTargetIsNotFound() {
    var sink = new RecordingLogSink();

    client.stream(request("nothing", 5, false), sink);

    await(() -> sink.ended());
    assertThat(sink.end()).containsInstanceOf(NotFoundException.class);
    assertThat(sink.end().orElseThrow()).hasMessageContaining("nothing");
  }

  @Test
  void aNegativeTailIsInvalid() {
    var stub = ContainerLogsGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);

    assertRefused(
            () ->
                stub.streamContainerLogs(
                        StreamContainerLogsRequest.newBuilder()
                            .setTarget("web")
                            .setTail(-1)
                            .build())
                    .hasNext(),
            Status.Code.INVALID_ARGUMENT)
        .contains("tail");
    assertThatThrownBy(() -> LogTail.parse("-3")).hasMessageContaining("tail");
  }

  @Test
  void closingAFollowCancelsTheCallAndTheManagersDelivery() {
    var sink = new RecordingLogSink();

    LogFollow follow = client.stream(request("web", 1, true), sink);
    await(() -> sink.lines().size() == 1);
    follow.close();

    await(() -> useCases.logs.closedFollows.get() == 1);
    assertThat(sink.ended()).isFalse();
  }

  private static dev.warren.domain.port.in.StreamContainerLogsRequest request(
      String target, int tail, boolean follow) {
    return new dev.warren.domain.port.in.StreamContainerLogsRequest(
        target, new LogTail(tail), follow);
  }
}
