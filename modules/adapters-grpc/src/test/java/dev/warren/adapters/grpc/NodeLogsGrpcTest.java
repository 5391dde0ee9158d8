package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.logs.proto.NodeLogsGrpc;
import dev.warren.adapters.grpc.logs.proto.StreamNodeLogsRequest;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.logs.LogFollow;
import dev.warren.domain.model.logs.LogTail;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.TaskId;
import dev.warren.testkit.Await;
import dev.warren.testkit.RecordingLogSink;
import dev.warren.testkit.SampleEntities;
import dev.warren.testkit.TestPki;
import dev.warren.tls.ClientTlsIdentity;
import dev.warren.tls.ReloadableKeyManager;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The manager → node hop of container logs over real mutual TLS: a worker's logs endpoint serves
 * managers only, and a manager trusts only the node it meant to reach.
 */
class NodeLogsGrpcTest {
  private final TestPki pki = TestPki.create("cluster-1");
  private final FakeLogUseCases logs = new FakeLogUseCases();
  private GrpcNodeLogsServer server;
  private GrpcNodeLogsAdapter manager;

  @BeforeEach
  void start() {
    TestPki.Issued worker = pki.issue("node-w", "worker");
    server =
        GrpcNodeLogsServer.start(
            "127.0.0.1",
            0,
            ReloadableKeyManager.fromPem(pki.chainPem(worker), worker.privateKeyPem()),
            pki.caPem(),
            pki.clusterId(),
            logs,
            AuthorizeCallHandler.byRoleOnly(),
            new SimpleMeterRegistry());
    TestPki.Issued managerCertificate = pki.issue("manager-1", "manager");
    manager =
        new GrpcNodeLogsAdapter(
            ReloadableKeyManager.fromPem(
                managerCertificate.certificatePem(), managerCertificate.privateKeyPem()),
            pki.caPem(),
            pki.clusterId());
  }

  @AfterEach
  void stop() {
    manager.close();
    server.close();
  }

  @Test
  void aManagerReadsAContainersLinesFromItsNode() {
    var sink = new RecordingLogSink();

    manager.stream(node("node-w", server.port()), request(false), sink);

    await(() -> sink.ended());
    assertThat(sink.lines()).containsExactly("from the node");
    assertThat(sink.end()).isEmpty();
  }

  @Test
  void closingAFollowStopsTheNodesDelivery() {
    var sink = new RecordingLogSink();

    LogFollow follow = manager.stream(node("node-w", server.port()), request(true), sink);
    await(() -> sink.lines().contains("from the node"));
    follow.close();

    await(() -> logs.closedFollows.get() == 1);
    assertThat(sink.ended()).isFalse();
  }

  @Test
  void onlyManagersMayCallANodesLogsEndpoint() throws InterruptedException {
    for (String role : List.of("admin", "worker")) {
      TestPki.Issued issued = pki.issue("someone-" + role, role);
      ManagedChannel channel =
          GrpcChannels.mutualTls(
              "127.0.0.1",
              server.port(),
              new ClientTlsIdentity(issued.certificatePem(), issued.privateKeyPem(), pki.caPem()));
      try {
        var call =
            NodeLogsGrpc.newBlockingStub(channel)
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .streamNodeLogs(
                    StreamNodeLogsRequest.newBuilder().setContainerId("c-1").setTail(1).build());
        StatusRuntimeException refused = null;
        try {
          call.hasNext();
        } catch (StatusRuntimeException e) {
          refused = e;
        }
        assertThat(refused).as(role).isNotNull();
        assertThat(refused.getStatus().getCode()).as(role).isEqualTo(Status.Code.PERMISSION_DENIED);
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
    assertThat(logs.requests).isEmpty();
  }

  @Test
  void aServerThatIsNotTheNodeMeantIsNotTrusted() {
    var sink = new RecordingLogSink();

    manager.stream(node("node-x", server.port()), request(false), sink);

    await(() -> sink.ended());
    assertThat(sink.end()).containsInstanceOf(UnavailableException.class);
    assertThat(sink.end().orElseThrow()).hasMessageContaining("node-x");
    assertThat(logs.requests).isEmpty();
  }

  @Test
  void aNodeThatDoesNotAnswerIsUnavailableByName() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    var sink = new RecordingLogSink();

    manager.stream(node("node-gone", closedPort), request(false), sink);

    await(() -> sink.ended());
    assertThat(sink.end()).containsInstanceOf(UnavailableException.class);
    assertThat(sink.end().orElseThrow())
        .hasMessageContaining("cannot reach node node-gone at 127.0.0.1:" + closedPort);
  }

  private static dev.warren.domain.port.in.StreamNodeLogsRequest request(boolean follow) {
    return new dev.warren.domain.port.in.StreamNodeLogsRequest(
        TaskId.of("c-1"), new LogTail(5), follow);
  }

  private static Node node(String id, int port) {
    return new Node(
        NodeId.of(id),
        NodeRole.WORKER,
        "127.0.0.1:" + port,
        "",
        new NodeResources(1, 1L << 30, 1L << 30),
        NodeStatus.READY,
        SampleEntities.T0,
        SampleEntities.T0,
        Map.of(),
        Version.initial());
  }

  static void await(BooleanSupplier condition) {
    Await.until(condition, Duration.ofSeconds(60));
  }
}
