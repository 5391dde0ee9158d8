package dev.warren.adapters.grpc;

import static dev.warren.adapters.grpc.mapping.ServiceMessages.fullyPopulatedCreateRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.mapping.ServiceProtoMapper;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GrpcWarrenClientTest extends LoopbackServerTest {

  @Test
  void createdServiceComesBackWithEveryField() {
    ServiceSpec spec = ServiceProtoMapper.toSpec(fullyPopulatedCreateRequest());

    var created = client.create(new CreateServiceRequest(spec));

    assertThat(created.spec()).isEqualTo(spec);
    assertThat(created.version().value()).isEqualTo(1);
    assertThat(created.createdAt()).isEqualTo(FakeApiUseCases.NOW);
    assertThat(useCases.requests).containsExactly(new CreateServiceRequest(spec));
  }

  @Test
  void getAndListAnswerTheStoredServices() {
    var web = useCases.put(ServiceSpec.of("web", "nginx", 2));

    var byName =
        client.get(new GetServiceRequest(new ServiceRef.ByName("web"), ReadConsistency.LOCAL));
    var byId =
        client.get(
            new GetServiceRequest(new ServiceRef.ById(web.id()), ReadConsistency.LINEARIZABLE));

    assertThat(byName).isEqualTo(web);
    assertThat(byId).isEqualTo(web);
    assertThat(client.list(new ListServicesRequest(ReadConsistency.LINEARIZABLE)))
        .containsExactly(web);
  }

  @Test
  void updateWithoutReplicasLeavesTheCountAndWithZeroScalesToZero() {
    var web = useCases.put(ServiceSpec.of("web", "nginx", 2));

    var newImage =
        client.update(
            new UpdateServiceRequest(
                web.id(),
                Optional.empty(),
                Optional.of("nginx:2"),
                Optional.empty(),
                Optional.empty()));
    var scaledToZero =
        client.update(
            new UpdateServiceRequest(
                web.id(), Optional.of(0), Optional.empty(), Optional.empty(), Optional.of(2L)));

    assertThat(newImage.spec().replicas()).isEqualTo(2);
    assertThat(newImage.spec().image()).isEqualTo("nginx:2");
    assertThat(scaledToZero.spec().replicas()).isZero();
    assertThat(scaledToZero.version().value()).isEqualTo(3);
    assertThat(scaledToZero.previousSpec()).isEmpty();
  }

  @Test
  void staleExpectedVersionIsAVersionConflict() {
    var web = useCases.put(ServiceSpec.of("web", "nginx", 2));

    assertThatThrownBy(
            () ->
                client.update(
                    new UpdateServiceRequest(
                        web.id(),
                        Optional.of(3),
                        Optional.empty(),
                        Optional.of(Map.of("A", "1")),
                        Optional.of(7L))))
        .isInstanceOf(VersionConflictException.class)
        .hasMessageContaining("is at version 1, not 7");
  }

  @Test
  void deleteRemovesAndAMissingServiceIsNotFound() {
    var web = useCases.put(ServiceSpec.of("web", "nginx", 2));

    client.delete(new DeleteServiceRequest(web.id()));

    assertThatThrownBy(() -> client.delete(new DeleteServiceRequest(web.id())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("service not found: " + web.id());
  }

  @Test
  void clusterInfoComesBackAsTheDomainRecord() {
    assertThat(client.get()).isEqualTo(FakeApiUseCases.CLUSTER);
  }

  static Stream<Arguments> domainFailures() {
    Consumer<GrpcWarrenClient> listServices =
        client -> client.list(new ListServicesRequest(ReadConsistency.LINEARIZABLE));
    Consumer<GrpcWarrenClient> listServicesLocally =
        client -> client.list(new ListServicesRequest(ReadConsistency.LOCAL));
    Consumer<GrpcWarrenClient> getClusterInfo = GrpcWarrenClient::get;
    return Stream.of(
        Arguments.of(new PermissionDeniedException("workers may not list services"), listServices),
        Arguments.of(new FailedPreconditionException("cluster not initialised"), getClusterInfo),
        Arguments.of(new UnavailableException("no leader known; retry shortly"), getClusterInfo),
        Arguments.of(
            new InvalidSpecException("replicas must be between 0 and 10000"), listServicesLocally));
  }

  @ParameterizedTest
  @MethodSource("domainFailures")
  void aDomainFailureOnTheServerIsTheSameExceptionOnTheClient(
      RuntimeException failure, Consumer<GrpcWarrenClient> call) {
    useCases.failWith(() -> failure);

    assertThatThrownBy(() -> call.accept(client))
        .isExactlyInstanceOf(failure.getClass())
        .hasMessage(failure.getMessage());
  }

  @Test
  void serverErrorsBecomeTheSameDomainExceptions() {
    client.create(new CreateServiceRequest(ServiceSpec.of("web", "nginx", 1)));

    assertThatThrownBy(
            () -> client.create(new CreateServiceRequest(ServiceSpec.of("web", "nginx", 1))))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("service already exists: web");

    useCases.failWith(() -> new IllegalStateException("bug"));
    assertThatThrownBy(client::get)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the manager at 127.0.0.1:" + server.port() + " failed: INTERNAL");
  }

  @Test
  void aClosedPortIsUnavailableQuickly() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (var unreachable = TLS.adminClient(closedPort, Duration.ofSeconds(30))) {
      long started = System.nanoTime();

      assertThatThrownBy(unreachable::get)
          .isInstanceOf(UnavailableException.class)
          .hasMessageStartingWith(
              "cannot reach a manager at 127.0.0.1:"
                  + closedPort
                  + " — is it running? (UNAVAILABLE");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aManagerThatDoesNotAnswerInTimeIsUnavailable() {
    var release = new CountDownLatch(1);
    useCases.failWith(
        () -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          }
          return new IllegalStateException("too late");
        });
    try (var impatient = TLS.adminClient(server.port(), Duration.ofMillis(300))) {
      assertThatThrownBy(impatient::get)
          .isInstanceOf(UnavailableException.class)
          .hasMessageContaining("DEADLINE_EXCEEDED");
    } finally {
      release.countDown();
    }
  }

  @Test
  void updatesTheWireCannotExpressAreRefusedBeforeSending() {
    assertThatThrownBy(
            () ->
                client.update(
                    new UpdateServiceRequest(
                        ServiceId.of("svc-1"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("changes nothing");
    assertThat(useCases.requests).isEmpty();
  }

  @Test
  void aDeadlineThatIsNotPositiveIsRejected() {
    var channel = TLS.adminChannel(server.port());
    try {
      assertThatThrownBy(() -> GrpcWarrenClient.over("127.0.0.1:8080", Duration.ZERO, channel))
          .isInstanceOf(InvalidSpecException.class)
          .hasMessageContaining("deadline");
    } finally {
      channel.shutdownNow();
    }
  }
}
