package dev.warren.adapters.grpc;

import static dev.warren.adapters.grpc.ContractCallers.ACTING_AS_A_NODE;
import static dev.warren.adapters.grpc.ContractCallers.ANY_MEMBER;
import static dev.warren.adapters.grpc.ContractCallers.ON_ITSELF;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.SampleEntities;
import dev.warren.testkit.SampleTasks;
import dev.warren.testkit.TestPki;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every one of the 39 RPCs, over real mutual TLS, from six kinds of caller, against the real
 * authorization table: allowed calls reach the endpoint (they are not refused with
 * PERMISSION_DENIED or UNAUTHENTICATED), refused ones get the expected code and reach nothing. The
 * expectations below are written from the contract's caller column, not read from the table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
  /** Who calls: the worker rows act on node-a and its container c-a. */
  enum CallerKind {
    ADMIN,
    MANAGER,
    WORKER_ITSELF,
    WORKER_OF_ANOTHER_NODE,
    NO_CERTIFICATE,
    FOREIGN_CA
  }

  /** The fields that name node-a or its container c-a, per RPC. */
  private static final Map<String, Map<String, String>> SUBJECT_FIELDS =
      Map.of(
          "RegisterNode", Map.of("id", "node-a"),
          "Heartbeat", Map.of("node_id", "node-a"),
          "GetNode", Map.of("id", "node-a"),
          "ListContainers", Map.of("node_id", "node-a"),
          "WatchContainers", Map.of("node_id", "node-a"),
          "GetContainer", Map.of("id", "c-a"),
          "UpdateContainerStatus", Map.of("container_id", "c-a", "node_id", "node-a"),
          "ReportContainerHealth", Map.of("container_id", "c-a"));

  private final TestPki pki = TestPki.create("cluster-1");
  private final FakeApiUseCases useCases = new FakeApiUseCases();
  private final List<ManagedChannel> channels = new ArrayList<>();
  private GrpcServerAdapter server;

  @BeforeAll
  void startServer() {
    var state = new InMemoryClusterStateAdapter();
    var service = SampleEntities.service("svc-web", "web");
    state.apply(
        1,
        writer -> {
          writer.put(EntityKind.NODE, SampleEntities.node("node-a"));
          writer.put(EntityKind.NODE, SampleEntities.node("node-b"));
          writer.put(
              EntityKind.TASK,
              SampleTasks.placed("c-a", service, 0, NodeId.of("node-a"), SampleEntities.T0));
        });
    server =
        new GrpcServerAdapter(
            new GrpcSettings("127.0.0.1", 0, GrpcTestTls.serverTls(pki, "manager-1")),
            useCases.api(new AuthorizeCallHandler(state)),
            new SimpleMeterRegistry());
    server.start();
  }

  @AfterAll
  void stopServer() throws InterruptedException {
    for (ManagedChannel channel : channels) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    server.close();
  }

  private ManagedChannel channelOf(CallerKind kind) {
    ManagedChannel channel =
        switch (kind) {
          case ADMIN -> mutual(pki, "alice", "admin");
          case MANAGER -> mutual(pki, "manager-2", "manager");
          case WORKER_ITSELF -> mutual(pki, "node-a", "worker");
          case WORKER_OF_ANOTHER_NODE -> mutual(pki, "node-b", "worker");
          case NO_CERTIFICATE -> GrpcChannels.pinnedCa("127.0.0.1", server.port(), pki.caDigest());
          case FOREIGN_CA -> mutual(TestPki.create("cluster-1"), "manager-2", "manager");
        };
    channels.add(channel);
    return channel;
  }

  private ManagedChannel mutual(TestPki issuer, String name, String role) {
    TestPki.Issued issued = issuer.issue(name, role);
    return GrpcChannels.mutualTls(
        "127.0.0.1",
        server.port(),
        new ClientTlsIdentity(issued.certificatePem(), issued.privateKeyPem(), pki.caPem()));
  }

  /** The code a refusal must have, or OK when the call must be let through. */
  private static Status.Code expected(CallerKind kind, String operation) {
    boolean allowed =
        switch (kind) {
          case MANAGER -> true;
          case ADMIN -> !ACTING_AS_A_NODE.contains(operation);
          case WORKER_ITSELF -> ANY_MEMBER.contains(operation) || ON_ITSELF.contains(operation);
          case WORKER_OF_ANOTHER_NODE -> ANY_MEMBER.contains(operation);
          case NO_CERTIFICATE -> operation.equals("RequestCertificate");
          case FOREIGN_CA -> false;
        };
    if (allowed) {
      return Status.Code.OK;
    }
    return kind == CallerKind.NO_CERTIFICATE || kind == CallerKind.FOREIGN_CA
        ? Status.Code.UNAUTHENTICATED
        : Status.Code.PERMISSION_DENIED;
  }

  @ParameterizedTest
  @EnumSource(CallerKind.class)
  void everyRpcIsAllowedOrRefusedAsTheContractSays(CallerKind kind) throws Exception {
    ManagedChannel channel = channelOf(kind);
    var softly = new SoftAssertions();
    List<MethodDescriptor<?, ?>> methods =
        WarrenAPIGrpc.getServiceDescriptor().getMethods().stream()
            .<MethodDescriptor<?, ?>>map(method -> method)
            .toList();
    assertThat(methods).hasSize(41);
    for (MethodDescriptor<?, ?> method : methods) {
      String operation = method.getBareMethodName();
      Status.Code want = expected(kind, operation);
      int before = useCases.requestsReceived();

      Status.Code got = call(channel, method);

      if (want == Status.Code.OK) {
        softly
            .assertThat(got)
            .as("%s calling %s must be let through", kind, operation)
            .isNotIn(Status.Code.PERMISSION_DENIED, Status.Code.UNAUTHENTICATED);
      } else {
        softly.assertThat(got).as("%s calling %s", kind, operation).isEqualTo(want);
        softly
            .assertThat(useCases.requestsReceived())
            .as("requests that reached a use case after %s called %s", kind, operation)
            .isEqualTo(before);
      }
    }
    softly.assertAll();
  }

  /** Makes one call with the request naming node-a / c-a; OK once any answer message arrives. */
  @SuppressWarnings("unchecked")
  private static <Q, R> Status.Code call(ManagedChannel channel, MethodDescriptor<Q, R> method)
      throws Exception {
    boolean streaming = method.getType() == MethodDescriptor.MethodType.SERVER_STREAMING;
    ClientCall<Q, R> call =
        channel.newCall(
            method, CallOptions.DEFAULT.withDeadlineAfter(streaming ? 1 : 10, TimeUnit.SECONDS));
    var outcome = new CompletableFuture<Status.Code>();
    call.start(
        new ClientCall.Listener<>() {
          @Override
          public void onMessage(R message) {
            outcome.complete(Status.Code.OK);
          }

          @Override
          public void onClose(Status status, Metadata trailers) {
            outcome.complete(status.getCode());
          }
        },
        new Metadata());
    call.request(1);
    call.sendMessage((Q) requestFor(method));
    call.halfClose();
    Status.Code code = outcome.get(20, TimeUnit.SECONDS);
    call.cancel("done", null);
    return code;
  }

  private static Message requestFor(MethodDescriptor<?, ?> method) {
    var prototype =
        (Message)
            ((MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller())
                .getMessagePrototype();
    var builder = prototype.toBuilder();
    SUBJECT_FIELDS
        .getOrDefault(method.getBareMethodName(), Map.of())
        .forEach(
            (field, value) ->
                builder.setField(builder.getDescriptorForType().findFieldByName(field), value));
    return builder.build();
  }
}
