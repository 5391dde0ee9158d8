package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.warren.adapters.grpc.control.RolloutRpcs;
import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.adapters.grpc.rollouts.proto.GetRolloutRequest;
import dev.warren.adapters.grpc.rollouts.proto.GetRolloutResponse;
import dev.warren.adapters.grpc.rollouts.proto.Replica;
import dev.warren.adapters.grpc.rollouts.proto.Rollout;
import dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot;
import dev.warren.adapters.grpc.rollouts.proto.RolloutsGrpc;
import dev.warren.adapters.grpc.rollouts.proto.WatchRolloutRequest;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.domain.model.security.AccessRule;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.testkit.TestPki;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor.MethodType;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * warren.rollouts.v1 as clients depend on it: the service and method names, their call types, the
 * field numbers of every message (pinned: changing one breaks older CLIs), and who may call it (a
 * read for admins and managers, refused to workers) over real mutual TLS.
 */
class RolloutsContractTest {

  @Test
  void theServiceHasItsTwoMethodsWithTheirCallTypes() {
    var service = RolloutsGrpc.getServiceDescriptor();

    assertThat(service.getName()).isEqualTo("warren.rollouts.v1.Rollouts");
    assertThat(RolloutsGrpc.getGetRolloutMethod().getFullMethodName())
        .isEqualTo("warren.rollouts.v1.Rollouts/GetRollout");
    assertThat(RolloutsGrpc.getGetRolloutMethod().getType()).isEqualTo(MethodType.UNARY);
    assertThat(RolloutsGrpc.getWatchRolloutMethod().getFullMethodName())
        .isEqualTo("warren.rollouts.v1.Rollouts/WatchRollout");
    assertThat(RolloutsGrpc.getWatchRolloutMethod().getType())
        .isEqualTo(MethodType.SERVER_STREAMING);
    assertThat(service.getMethods()).hasSize(2);
  }

  @Test
  void theMessagesKeepTheirFieldNumbersAndTypes() {
    assertThat(fields(GetRolloutRequest.getDescriptor()))
        .containsExactly(
            Map.entry("service_id", "1 STRING"),
            Map.entry("service_name", "2 STRING"),
            Map.entry("stale", "3 BOOL"));
    assertThat(fields(WatchRolloutRequest.getDescriptor()))
        .containsExactly(
            Map.entry("service_id", "1 STRING"), Map.entry("service_name", "2 STRING"));
    assertThat(fields(GetRolloutResponse.getDescriptor()))
        .containsExactly(Map.entry("snapshot", "1 MESSAGE"));
    assertThat(fields(RolloutSnapshot.getDescriptor()))
        .containsExactly(
            Map.entry("rollout", "1 MESSAGE"),
            Map.entry("desired_replicas", "2 INT32"),
            Map.entry("replicas", "3 MESSAGE"));
    assertThat(fields(Replica.getDescriptor()))
        .containsExactlyEntriesOf(
            ordered(
                "container_id", "1 STRING",
                "slot", "2 INT32",
                "service_version", "3 INT64",
                "runs_current_spec", "4 BOOL",
                "state", "5 STRING",
                "desired_state", "6 STRING"));
    assertThat(fields(Rollout.getDescriptor()))
        .containsExactlyEntriesOf(
            ordered(
                "service_id", "1 STRING",
                "service_version", "2 INT64",
                "kind", "3 STRING",
                "strategy", "4 STRING",
                "update_config", "5 MESSAGE",
                "from_image", "6 STRING",
                "to_image", "7 STRING",
                "state", "8 STRING",
                "started_at", "9 MESSAGE",
                "updated_at", "10 MESSAGE",
                "previous_version", "11 INT64",
                "step", "12 INT32",
                "step_count", "13 INT32",
                "reason", "14 STRING"));
  }

  @Test
  void bothRpcsAreReadsForAdministratorsAndManagers() {
    List<ServerRpc<?, ?>> declared =
        RolloutRpcs.declare(new FakeRolloutUseCases().useCases(), new StreamShutdown());

    assertThat(declared)
        .extracting(rpc -> rpc.method().getBareMethodName())
        .containsExactly("GetRollout", "WatchRollout");
    assertThat(declared)
        .extracting(ServerRpc::operation)
        .allSatisfy(
            operation -> {
              assertThat(operation.isRead()).as(operation.rpcName()).isTrue();
              assertThat(operation.rule()).isEqualTo(AccessRule.administrators());
            })
        .extracting(ApiOperation::rpcName)
        .doesNotHaveDuplicates();
  }

  @Test
  void aWorkerIsRefusedAndAManagerServedOverMutualTls() throws InterruptedException {
    var pki = TestPki.create("cluster-1");
    var rollouts = new FakeApiUseCases();
    var server =
        new GrpcServerAdapter(
            new GrpcSettings("127.0.0.1", 0, GrpcTestTls.serverTls(pki, "manager-1")),
            rollouts.api(AuthorizeCallHandler.byRoleOnly()),
            new SimpleMeterRegistry());
    server.start();
    try {
      assertThat(statusFor(pki, "worker", server.port())).isEqualTo(Status.Code.PERMISSION_DENIED);
      assertThat(rollouts.rollouts.requests).isEmpty();
      assertThat(statusFor(pki, "manager", server.port())).isEqualTo(Status.Code.OK);
      assertThat(statusFor(pki, "admin", server.port())).isEqualTo(Status.Code.OK);
      assertThat(rollouts.rollouts.requests).hasSize(4);
    } finally {
      server.close();
    }
  }

  /** How GetRollout and WatchRollout of service web end for a caller of {@code role}. */
  private static Status.Code statusFor(TestPki pki, String role, int port)
      throws InterruptedException {
    TestPki.Issued issued = pki.issue("someone-" + role, role);
    ManagedChannel channel =
        GrpcChannels.mutualTls(
            "127.0.0.1",
            port,
            new ClientTlsIdentity(issued.certificatePem(), issued.privateKeyPem(), pki.caPem()));
    try {
      var stub = RolloutsGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
      Status.Code get = codeOf(() -> stub.getRollout(byName(GetRolloutRequest.newBuilder())));
      Status.Code watch =
          codeOf(
              () ->
                  stub.watchRollout(WatchRolloutRequest.newBuilder().setServiceName("web").build())
                      .forEachRemaining(snapshot -> {}));
      assertThat(watch).as("WatchRollout beside GetRollout for a " + role).isEqualTo(get);
      return get;
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static GetRolloutRequest byName(GetRolloutRequest.Builder request) {
    return request.setServiceName("web").build();
  }

  private static Status.Code codeOf(Runnable call) {
    try {
      call.run();
      return Status.Code.OK;
    } catch (StatusRuntimeException refused) {
      return refused.getStatus().getCode();
    }
  }

  private static Map<String, String> fields(Descriptor message) {
    return message.getFields().stream()
        .collect(
            Collectors.toMap(
                FieldDescriptor::getName,
                field -> field.getNumber() + " " + field.getType(),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  private static Map<String, String> ordered(String... namesAndTypes) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      map.put(namesAndTypes[i], namesAndTypes[i + 1]);
    }
    return map;
  }
}
