package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.warren.adapters.grpc.proto.CreateSecretRequest;
import dev.warren.adapters.grpc.proto.CreateTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.GetSecretByNameRequest;
import dev.warren.adapters.grpc.proto.GetTLSCertificateRequest;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.application.security.AuthorizeCallHandler;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only unix socket: reads only, never secret data or private keys, mode 0660. */
class LocalSocketTest {
  @TempDir Path directory;

  private final FakeApiUseCases useCases = new FakeApiUseCases();
  private GrpcLocalSocketAdapter server;
  private ManagedChannel channel;
  private WarrenAPIGrpc.WarrenAPIBlockingStub api;

  @BeforeEach
  void start() throws Exception {
    Path socket = directory.resolve("warren.sock");
    server =
        new GrpcLocalSocketAdapter(
            socket,
            useCases.api(new AuthorizeCallHandler(new InMemoryClusterStateAdapter())),
            new SimpleMeterRegistry());
    server.start();
    channel = GrpcChannels.unixSocket(socket);
    api = WarrenAPIGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }

  @Test
  void theSocketIsReadableAndWritableByOwnerAndGroupOnly() throws Exception {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socket())))
        .isEqualTo("rw-rw----");
  }

  @Test
  void readsWork() {
    assertThat(api.listServices(ListServicesRequest.getDefaultInstance()).getServicesList())
        .isEmpty();
  }

  @Test
  void everyWriteIsPermissionDenied() {
    var softly = new SoftAssertions();
    var declared = DeclaredRpcs.operations(useCases.api());
    for (MethodDescriptor<?, ?> method : WarrenAPIGrpc.getServiceDescriptor().getMethods()) {
      ApiOperation operation = declared.get(method.getBareMethodName());
      if (!operation.isRead()) {
        softly
            .assertThat(codeOf(method))
            .as(operation.rpcName())
            .isEqualTo(io.grpc.Status.Code.PERMISSION_DENIED);
      }
    }
    softly.assertAll();
    assertThat(useCases.requestsReceived()).isZero();
  }

  @Test
  void secretsComeWithoutDataAndCertificatesWithoutKeys() {
    useCases.resources.create(SecretRequests.create("db-password", "s3cr3t"));
    useCases.ingress.create(TlsRequests.create("www", "cert", "key"));

    var secret =
        api.getSecretByName(GetSecretByNameRequest.newBuilder().setName("db-password").build());
    var certificate =
        api.getTLSCertificate(GetTLSCertificateRequest.newBuilder().setName("www").build());

    assertThat(secret.getSecret().getName()).isEqualTo("db-password");
    assertThat(secret.getSecret().getData()).isEqualTo(ByteString.EMPTY);
    assertThat(certificate.getCertificate().getCertPem().toStringUtf8()).isEqualTo("cert");
    assertThat(certificate.getCertificate().getKeyPem()).isEqualTo(ByteString.EMPTY);
  }

  @Test
  void aStaleSocketFileIsReplacedAndTheSocketIsDeletedAtClose() throws Exception {
    Path socket = directory.resolve("second.sock");
    var first = new GrpcLocalSocketAdapter(socket, useCases.api(), new SimpleMeterRegistry());
    first.start();
    // A crash leaves the file behind; simulate by starting a second server on the same path.
    var second = new GrpcLocalSocketAdapter(socket, useCases.api(), new SimpleMeterRegistry());
    try {
      second.start();
      assertThat(socket).exists();
    } finally {
      second.close();
      first.close();
    }
    assertThat(socket).doesNotExist();
  }

  private <Q, R> io.grpc.Status.Code codeOf(MethodDescriptor<Q, R> method) {
    @SuppressWarnings("unchecked")
    Q request =
        (Q)
            ((MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller())
                .getMessagePrototype();
    try {
      var call =
          channel.newCall(method, CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS));
      if (method.getType() == MethodDescriptor.MethodType.UNARY) {
        ClientCalls.blockingUnaryCall(call, request);
      } else {
        ClientCalls.blockingServerStreamingCall(call, request).hasNext();
      }
      return io.grpc.Status.Code.OK;
    } catch (StatusRuntimeException failure) {
      return failure.getStatus().getCode();
    }
  }

  /** Domain requests for the fakes, as the create RPCs would make them. */
  private static final class SecretRequests {
    static dev.warren.domain.port.in.CreateSecretRequest create(String name, String data) {
      return dev.warren.adapters.grpc.mapping.SecretProtoMapper.toDomain(
          CreateSecretRequest.newBuilder()
              .setName(name)
              .setData(ByteString.copyFromUtf8(data))
              .build());
    }
  }

  private static final class TlsRequests {
    static dev.warren.domain.port.in.CreateTlsCertificateRequest create(
        String name, String cert, String key) {
      return dev.warren.adapters.grpc.mapping.TlsCertificateProtoMapper.toDomain(
          CreateTLSCertificateRequest.newBuilder()
              .setName(name)
              .setCertPem(ByteString.copyFromUtf8(cert))
              .setKeyPem(ByteString.copyFromUtf8(key))
              .build());
    }
  }
}
