package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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

  /** The status {@code call} is refused with; a call that succeeds fails the test. */
  static Status refusal(ThrowingCallable call) {
    var failure = catchThrowableOfType(StatusRuntimeException.class, call);
    assertThat(failure).as("the call's refusal").isNotNull();
    return failure.getStatus();
  }

  /**
   * Asserts that {@code call} is refused with {@code code}; chain what the status description must
   * say on the result.
   */
  static AbstractStringAssert<?> assertRefused(ThrowingCallable call, Status.Code code) {
    Status status = refusal(call);
    assertThat(status.getCode()).isEqualTo(code);
    return assertThat(status.getDescription());
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
