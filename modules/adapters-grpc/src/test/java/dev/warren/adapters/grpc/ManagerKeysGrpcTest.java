package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warren.adapters.grpc.managers.proto.ManagersGrpc;
import dev.warren.adapters.grpc.managers.proto.ShareClusterKeysRequest;
import dev.warren.adapters.grpc.managers.proto.ShareClusterKeysResponse;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.TestPki;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * warren.managers.v1's ShareClusterKeys over real mutual TLS and the real authorization table: a
 * manager gets the keys; an admin, a worker, a caller without a certificate and the read-only
 * socket are refused before the use case runs.
 */
class ManagerKeysGrpcTest {
  @TempDir Path directory;

  private final TestPki pki = TestPki.create("cluster-1");
  private final FakeApiUseCases useCases = new FakeApiUseCases();
  private final List<ManagedChannel> channels = new ArrayList<>();
  private GrpcServerAdapter server;

  @BeforeEach
  void start() {
    server =
        new GrpcServerAdapter(
            new GrpcSettings("127.0.0.1", 0, GrpcTestTls.serverTls(pki, "manager-1")),
            useCases.api(new AuthorizeCallHandler(new InMemoryClusterStateAdapter())),
            new SimpleMeterRegistry());
    server.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    for (ManagedChannel channel : channels) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    server.close();
  }

  @Test
  void aManagerReceivesTheKeys() {
    ShareClusterKeysResponse keys = call(mutual("manager-2", "manager"));

    assertThat(keys.getCaCertificate().toByteArray())
        .isEqualTo(FakeClusterKeys.KEYS.caCertificatePem().toArray());
    assertThat(keys.getCaPrivateKey().toByteArray())
        .isEqualTo(FakeClusterKeys.KEYS.caPrivateKeyPem().toArray());
    assertThat(keys.getDataKey().toByteArray()).isEqualTo(FakeClusterKeys.KEYS.dataKey().toArray());
    assertThat(useCases.clusterKeys.shared).hasValue(1);
  }

  @Test
  void adminsAndWorkersArePermissionDenied() {
    for (String role : List.of("admin", "worker")) {
      var refused =
          catchThrowableOfType(
              StatusRuntimeException.class, () -> call(mutual("node-" + role, role)));
      assertThat(refused.getStatus().getCode()).as(role).isEqualTo(Status.Code.PERMISSION_DENIED);
    }
    assertThat(useCases.clusterKeys.shared).hasValue(0);
  }

  @Test
  void aCallerWithoutCertificateIsUnauthenticated() {
    ManagedChannel anonymous = GrpcChannels.pinnedCa("127.0.0.1", server.port(), pki.caDigest());
    channels.add(anonymous);

    var refused = catchThrowableOfType(StatusRuntimeException.class, () -> call(anonymous));

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(useCases.clusterKeys.shared).hasValue(0);
  }

  @Test
  void theReadOnlySocketNeverServesTheKeys() throws Exception {
    Path socket = directory.resolve("warren.sock");
    try (var local =
        new GrpcLocalSocketAdapter(
            socket,
            useCases.api(new AuthorizeCallHandler(new InMemoryClusterStateAdapter())),
            new SimpleMeterRegistry())) {
      local.start();
      ManagedChannel channel = GrpcChannels.unixSocket(socket);
      channels.add(channel);

      var refused = catchThrowableOfType(StatusRuntimeException.class, () -> call(channel));

      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }
    assertThat(useCases.clusterKeys.shared).hasValue(0);
  }

  @Test
  void theClientMapsTheAnswerToClusterKeys() {
    TestPki.Issued issued = pki.issue("manager-2", "manager");
    try (var client =
        GrpcWarrenClient.mutualTls(
            "127.0.0.1",
            server.port(),
            new ClientTlsIdentity(issued.certificatePem(), issued.privateKeyPem(), pki.caPem()),
            java.time.Duration.ofSeconds(10))) {
      assertThat(client.shareClusterKeys()).isEqualTo(FakeClusterKeys.KEYS);
    }
  }

  private ManagedChannel mutual(String name, String role) {
    TestPki.Issued issued = pki.issue(name, role);
    ManagedChannel channel =
        GrpcChannels.mutualTls(
            "127.0.0.1",
            server.port(),
            new ClientTlsIdentity(issued.certificatePem(), issued.privateKeyPem(), pki.caPem()));
    channels.add(channel);
    return channel;
  }

  private static ShareClusterKeysResponse call(ManagedChannel channel) {
    return ManagersGrpc.newBlockingStub(channel)
        .withDeadlineAfter(10, TimeUnit.SECONDS)
        .shareClusterKeys(ShareClusterKeysRequest.getDefaultInstance());
  }
}
