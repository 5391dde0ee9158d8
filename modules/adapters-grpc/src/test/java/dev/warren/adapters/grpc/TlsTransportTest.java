package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.RequestCertificateRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.TestPki;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TLS listener with real certificates: who gets in, who is refused, and how. */
class TlsTransportTest {
  private final TestPki pki = TestPki.create("cluster-1");
  private final FakeApiUseCases useCases = new FakeApiUseCases();
  private final List<ManagedChannel> channels = new ArrayList<>();
  private GrpcServerAdapter server;

  @BeforeEach
  void startServer() {
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

  private WarrenAPIGrpc.WarrenAPIBlockingStub api(ManagedChannel channel) {
    channels.add(channel);
    return WarrenAPIGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  private WarrenAPIGrpc.WarrenAPIBlockingStub as(TestPki.Issued certificate) {
    return api(
        GrpcChannels.mutualTls("127.0.0.1", server.port(), GrpcTestTls.client(pki, certificate)));
  }

  private static StatusRuntimeException failure(Runnable call) {
    try {
      call.run();
    } catch (StatusRuntimeException failure) {
      return failure;
    }
    throw new AssertionError("the call succeeded");
  }

  @Test
  void aCertificateOfTheClusterCaGetsIn() {
    var response =
        as(pki.issue("alice", "admin")).listServices(ListServicesRequest.getDefaultInstance());

    assertThat(response.getServicesList()).isEmpty();
  }

  @Test
  void aCertificateFromAnotherCaIsUnauthenticated() {
    TestPki foreign = TestPki.create("cluster-1");
    TestPki.Issued forged = foreign.issue("alice", "admin");
    var stub =
        api(
            GrpcChannels.mutualTls(
                "127.0.0.1",
                server.port(),
                new ClientTlsIdentity(
                    forged.certificatePem(), forged.privateKeyPem(), pki.caPem())));

    var refused = failure(() -> stub.listServices(ListServicesRequest.getDefaultInstance()));

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(refused.getStatus().getDescription())
        .contains("was not issued by this cluster's CA");
    assertThat(useCases.requestsReceived()).isZero();
  }

  @Test
  void anExpiredCertificateIsUnauthenticated() {
    Instant now = Instant.now();
    var expired =
        pki.issue(
            "alice",
            "cluster-1",
            "admin",
            now.minus(Duration.ofDays(2)),
            now.minus(Duration.ofDays(1)));

    var refused = failure(() -> as(expired).listServices(ListServicesRequest.getDefaultInstance()));

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(refused.getStatus().getDescription()).contains("is not valid now");
  }

  @Test
  void aCertificateOfAnotherClusterOrWithoutAKnownRoleIsUnauthenticated() {
    Instant now = Instant.now();
    var otherCluster =
        pki.issue("alice", "cluster-2", "admin", now.minusSeconds(60), now.plusSeconds(3600));
    var noRole =
        pki.issue("alice", "cluster-1", "root", now.minusSeconds(60), now.plusSeconds(3600));

    var wrongCluster =
        failure(() -> as(otherCluster).listServices(ListServicesRequest.getDefaultInstance()));
    var unknownRole =
        failure(() -> as(noRole).listServices(ListServicesRequest.getDefaultInstance()));

    assertThat(wrongCluster.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(wrongCluster.getStatus().getDescription())
        .contains("belongs to cluster 'cluster-2'");
    assertThat(unknownRole.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
  }

  @Test
  void withoutACertificateOnlyRequestCertificateIsAllowed() {
    String digest = pki.caDigest();
    var anonymous = api(GrpcChannels.pinnedCa("127.0.0.1", server.port(), digest));

    var refused = failure(() -> anonymous.listServices(ListServicesRequest.getDefaultInstance()));
    Status.Code redeemed;
    try {
      anonymous.requestCertificate(
          RequestCertificateRequest.newBuilder()
              .setNodeId("node-a")
              .setToken("WRN-1-abc-def")
              .build());
      redeemed = Status.Code.OK;
    } catch (StatusRuntimeException failure) {
      redeemed = failure.getStatus().getCode();
    }

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(refused.getStatus().getDescription())
        .isEqualTo(
            "ListServices needs a client certificate issued by the cluster CA; only"
                + " RequestCertificate may be called without one");
    assertThat(redeemed).isNotIn(Status.Code.UNAUTHENTICATED, Status.Code.PERMISSION_DENIED);
    assertThat(useCases.certificates.requests).hasSize(redeemed == Status.Code.OK ? 1 : 0);
  }

  @Test
  void aPinnedClientRefusesAServerOfAnotherCa() {
    String otherDigest = TestPki.create("cluster-1").caDigest();
    var pinnedElsewhere = api(GrpcChannels.pinnedCa("127.0.0.1", server.port(), otherDigest));

    var refused =
        failure(
            () ->
                pinnedElsewhere.requestCertificate(RequestCertificateRequest.getDefaultInstance()));

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
  }

  @Test
  void healthChecksNeedNoCertificate() {
    var channel = GrpcChannels.pinnedCa("127.0.0.1", server.port(), pki.caDigest());
    channels.add(channel);

    var health =
        HealthGrpc.newBlockingStub(channel)
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .check(HealthCheckRequest.getDefaultInstance());

    assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  @Test
  void aTls12OnlyClientCannotHandshake() throws Exception {
    try (SSLSocket socket = handshakeSocket("TLSv1.2")) {
      assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void aReloadedIdentityServesNewConnections() throws Exception {
    X509Certificate before = serverCertificate();
    TlsIdentity renewed = GrpcTestTls.serverIdentity(pki, "manager-1");

    server.reloadIdentity(renewed);

    X509Certificate after = serverCertificate();
    assertThat(after.getSerialNumber()).isNotEqualTo(before.getSerialNumber());
    assertThat(TestPki.pem(after))
        .isEqualTo(renewed.certificateChainPem().substring(0, TestPki.pem(after).length()));
    assertThat(
            as(pki.issue("alice", "admin")).listServices(ListServicesRequest.getDefaultInstance()))
        .isNotNull();
  }

  private X509Certificate serverCertificate() throws Exception {
    try (SSLSocket socket = handshakeSocket("TLSv1.3")) {
      socket.startHandshake();
      return (X509Certificate) socket.getSession().getPeerCertificates()[0];
    }
  }

  /** A raw TLS client offering only {@code protocol}, trusting any server (it only looks). */
  private SSLSocket handshakeSocket(String protocol) throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new LookingTrustManager()}, new SecureRandom());
    var socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.port());
    socket.setEnabledProtocols(new String[] {protocol});
    var parameters = socket.getSSLParameters();
    parameters.setApplicationProtocols(new String[] {"h2"});
    socket.setSSLParameters(parameters);
    return socket;
  }

  private static final class LookingTrustManager implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
