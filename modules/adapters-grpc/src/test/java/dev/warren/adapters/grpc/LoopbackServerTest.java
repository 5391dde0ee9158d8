package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The RPC tests' common ground: a server on loopback over {@link FakeApiUseCases} that lets every
 * call through, started before each test with an admin client and a raw blocking stub (what is on
 * the wire), all closed after it.
 */
abstract class LoopbackServerTest {
  static final TestTransports TLS = new TestTransports();
  static final Duration DEADLINE = Duration.ofSeconds(10);

  final FakeApiUseCases useCases = new FakeApiUseCases();
  GrpcServerAdapter server;
  GrpcWarrenClient client;
  ManagedChannel channel;
  WarrenAPIGrpc.WarrenAPIBlockingStub api;

  @BeforeEach
  void startServer() {
    server = new GrpcServerAdapter(TLS.server(0), useCases.api(), meterRegistry());
    server.start();
    client = TLS.adminClient(server.port(), DEADLINE);
    channel = TLS.adminChannel(server.port());
    api =
        WarrenAPIGrpc.newBlockingStub(channel)
            .withDeadlineAfter(3 * DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Where the server records its metrics; a test that reads them supplies its own. */
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  /** The status code {@code call} fails with; a call that succeeds fails the test. */
  static Status.Code codeOf(Runnable call) {
    try {
      call.run();
    } catch (StatusRuntimeException failure) {
      return failure.getStatus().getCode();
    }
    throw new AssertionError("the call succeeded");
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    client.close();
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.close();
  }
}
