package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.testkit.CapturedLogs;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.TestPki;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.ClientCalls;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bytes that do not parse as the RPC's message: INVALID_ARGUMENT naming the message, on the
 * TLS listener and on the unix socket, no use case reached, no stack trace capture.records() by
 * anyone.
 */
class MalformedRequestTest {
  private static final TestTransports TLS = new TestTransports();

  @TempDir Path directory;

  private final FakeApiUseCases useCases = new FakeApiUseCases();
  private final CapturedLogs capture = new CapturedLogs();
  private GrpcServerAdapter server;
  private GrpcLocalSocketAdapter socket;
  private ManagedChannel tcp;
  private ManagedChannel local;

  @BeforeEach
  void start() {
    capture.start();
    server = new GrpcServerAdapter(TLS.server(0), useCases.api(), new SimpleMeterRegistry());
    server.start();
    socket =
        new GrpcLocalSocketAdapter(
            directory.resolve("warren.sock"),
            useCases.api(new AuthorizeCallHandler(new InMemoryClusterStateAdapter())),
            new SimpleMeterRegistry());
    socket.start();
    tcp = TLS.adminChannel(server.port());
    local = GrpcChannels.unixSocket(socket.socket());
  }

  @AfterEach
  void stop() throws InterruptedException {
    tcp.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    local.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
    socket.close();
    capture.close();
  }

  private static StatusRuntimeException raw(Channel channel, String method, byte[] body) {
    var descriptor =
        MethodDescriptor.<byte[], byte[]>newBuilder(Bytes.MARSHALLER, Bytes.MARSHALLER)
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(WarrenAPIGrpc.SERVICE_NAME + "/" + method)
            .build();
    return catchThrowableOfType(
        StatusRuntimeException.class,
        () ->
            ClientCalls.blockingUnaryCall(
                channel,
                descriptor,
                CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
                body));
  }

  @Test
  void unparsableBytesAreInvalidArgumentNamingTheMessageOnBothListeners() {
    byte[] strayEndGroup = {0x0c};
    byte[] loneSurrogateId = {0x0a, 0x05, 'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'b'};
    byte[] lengthPastTheEnd = {0x0a, 0x7f, 'a'};
    byte[] varintOverflow = {0x10, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01};
    byte[] tagZero = {0x00, 0x01};
    byte[] deepGroups = new byte[10_000];
    for (int i = 0; i < deepGroups.length; i++) {
      deepGroups[i] = 0x0b; // start group, field 1, five thousand deep and never ended
    }

    for (Channel channel : List.of(tcp, local)) {
      var clusterInfo = raw(channel, "GetClusterInfo", strayEndGroup);
      assertThat(clusterInfo.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(clusterInfo.getStatus().getDescription())
          .isEqualTo("request is not a valid warren.v1.GetClusterInfoRequest");
      for (byte[] body :
          List.of(loneSurrogateId, lengthPastTheEnd, varintOverflow, tagZero, deepGroups)) {
        var refused = raw(channel, "GetService", body);
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refused.getStatus().getDescription())
            .isEqualTo("request is not a valid warren.v1.GetServiceRequest");
      }
    }

    assertThat(useCases.requestsReceived()).isZero();
    assertThat(capture.records()).allSatisfy(record -> assertThat(record.getThrown()).isNull());
    assertThat(capture.records())
        .noneMatch(record -> record.getLevel().intValue() >= Level.SEVERE.intValue());
    assertThat(capture.records().stream().filter(r -> r.getLoggerName().contains("RejectionLog")))
        .as("one line per caller and minute: the admin, the local socket")
        .hasSize(2);
  }

  @Test
  void aCallerWithAForeignCertificateIsUnauthenticatedWhateverItSends() {
    TestPki foreign = TestPki.create("cluster-1");
    TestPki.Issued forged = foreign.issue("alice", "admin");
    ManagedChannel channel =
        GrpcChannels.mutualTls(
            "127.0.0.1",
            server.port(),
            new ClientTlsIdentity(forged.certificatePem(), forged.privateKeyPem(), TLS.caPem()));
    try {
      var refused = raw(channel, "GetService", new byte[] {0x0c});

      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void aCallerWithoutACertificateLearnsOnlyThatItsBytesDoNotParse() {
    var authorizing =
        new GrpcServerAdapter(
            TLS.server(0),
            useCases.api(new AuthorizeCallHandler(new InMemoryClusterStateAdapter())),
            new SimpleMeterRegistry());
    authorizing.start();
    ManagedChannel anonymous =
        GrpcChannels.pinnedCa("127.0.0.1", authorizing.port(), TLS.caDigest());
    try {
      var garbage = raw(anonymous, "GetService", new byte[] {0x0c});
      var wellFormed = raw(anonymous, "GetService", new byte[] {0x12, 0x03, 'w', 'e', 'b'});

      assertThat(garbage.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(wellFormed.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(useCases.requestsReceived()).isZero();
    } finally {
      anonymous.shutdownNow();
      authorizing.close();
    }
  }

  @Test
  void aHealthCheckForAHugeServiceNameIsAnsweredWithAShortMessage() {
    var health = HealthGrpc.newBlockingStub(tcp).withDeadlineAfter(10, TimeUnit.SECONDS);

    var refused =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                health.check(
                    HealthCheckRequest.newBuilder().setService("x".repeat(100_000)).build()));

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(refused.getStatus().getDescription()).hasSizeLessThanOrEqualTo(1024);
  }

  @Test
  void aWellFormedRequestStillReachesItsUseCase() {
    byte[] byName = {0x12, 0x03, 'w', 'e', 'b'};

    var notFound = raw(tcp, "GetService", byName);

    assertThat(notFound.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(notFound.getStatus().getDescription()).contains("web");
  }

  /** Request and response bodies passed through untouched. */
  private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {
    static final Bytes MARSHALLER = new Bytes();

    @Override
    public InputStream stream(byte[] value) {
      return new ByteArrayInputStream(value);
    }

    @Override
    public byte[] parse(InputStream stream) {
      try {
        return stream.readAllBytes();
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      }
    }
  }
}
