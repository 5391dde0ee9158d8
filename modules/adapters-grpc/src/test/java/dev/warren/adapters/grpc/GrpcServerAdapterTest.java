package dev.warren.adapters.grpc;

import static dev.warren.adapters.grpc.mapping.ServiceMessages.fullyPopulatedCreateRequest;
import static dev.warren.adapters.grpc.mapping.ServiceMessages.minimalCreateRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.adapters.grpc.mapping.ServiceProtoMapper;
import dev.warren.adapters.grpc.proto.DeleteServiceRequest;
import dev.warren.adapters.grpc.proto.GetClusterInfoRequest;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.JoinClusterRequest;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceRequest;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ServiceRef;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GrpcServerAdapterTest extends LoopbackServerTest {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @Override
  MeterRegistry meterRegistry() {
    return registry;
  }

  @Test
  void createServiceStoresTheSpecAndAnswersTheStoredService() {
    var response = api.createService(fullyPopulatedCreateRequest());

    var expectedSpec = ServiceProtoMapper.toSpec(fullyPopulatedCreateRequest());
    assertThat(useCases.requests)
        .containsExactly(new dev.warren.domain.port.in.CreateServiceRequest(expectedSpec));
    assertThat(response.getService().getId()).isNotEmpty();
    assertThat(response.getService().getVersion()).isEqualTo(1);
    assertThat(ServiceProtoMapper.toDomain(response.getService()).spec()).isEqualTo(expectedSpec);
  }

  @Test
  void getServiceFindsByIdElseByName() {
    var stored = useCases.put(ServiceSpec.of("web", "nginx", 2));

    var byId = api.getService(GetServiceRequest.newBuilder().setId(stored.id().value()).build());
    var byName = api.getService(GetServiceRequest.newBuilder().setName("web").build());

    assertThat(byId.getService()).isEqualTo(ServiceProtoMapper.toProto(stored));
    assertThat(byName.getService()).isEqualTo(ServiceProtoMapper.toProto(stored));
    assertThat(useCases.requests)
        .containsExactly(
            new dev.warren.domain.port.in.GetServiceRequest(
                new ServiceRef.ById(stored.id()), ReadConsistency.LINEARIZABLE),
            new dev.warren.domain.port.in.GetServiceRequest(
                new ServiceRef.ByName("web"), ReadConsistency.LINEARIZABLE));
  }

  @Test
  void listServicesAnswersEveryService() {
    var api1 = useCases.put(ServiceSpec.of("api", "api:1", 1));
    var web = useCases.put(ServiceSpec.of("web", "nginx", 2));

    var response = api.listServices(ListServicesRequest.getDefaultInstance());

    assertThat(response.getServicesList())
        .containsExactly(ServiceProtoMapper.toProto(api1), ServiceProtoMapper.toProto(web));
  }

  @Test
  void updateServiceScalesAndChangesImageAndEnv() {
    var stored = useCases.put(ServiceSpec.of("web", "nginx", 2));

    var response =
        api.updateService(
            UpdateServiceRequest.newBuilder()
                .setId(stored.id().value())
                .setReplicas(5)
                .setImage("nginx:2")
                .putEnv("MODE", "blue")
                .build());

    assertThat(response.getService().getReplicas()).isEqualTo(5);
    assertThat(response.getService().getImage()).isEqualTo("nginx:2");
    assertThat(response.getService().getEnvMap())
        .containsExactly(java.util.Map.entry("MODE", "blue"));
    assertThat(response.getService().getVersion()).isEqualTo(2);
  }

  @Test
  void updateServiceFromAWarrenClientAskingForZeroReplicasScalesToZero() {
    var stored = useCases.put(ServiceSpec.of("web", "nginx", 2));

    var response =
        api.updateService(UpdateServiceRequest.newBuilder().setId(stored.id().value()).build());

    assertThat(response.getService().getReplicas()).isZero();
  }

  @Test
  void updateServiceWithoutReplicasButWithAnImageKeepsTheReplicaCount() {
    var stored = useCases.put(ServiceSpec.of("web", "nginx", 2));

    var response =
        api.updateService(
            UpdateServiceRequest.newBuilder()
                .setId(stored.id().value())
                .setImage("nginx:2")
                .build());

    assertThat(response.getService().getReplicas()).isEqualTo(2);
    assertThat(response.getService().getImage()).isEqualTo("nginx:2");
  }

  @Test
  void deleteServiceAnswersWarrensStatusString() {
    var stored = useCases.put(ServiceSpec.of("web", "nginx", 2));

    var response =
        api.deleteService(DeleteServiceRequest.newBuilder().setId(stored.id().value()).build());

    assertThat(response.getStatus()).isEqualTo("ok");
    assertThat(api.listServices(ListServicesRequest.getDefaultInstance()).getServicesList())
        .isEmpty();
  }

  @Test
  void getClusterInfoAnswersTheLeaderAndMembers() {
    var response = api.getClusterInfo(GetClusterInfoRequest.getDefaultInstance());

    assertThat(response.getLeaderId()).isEqualTo("manager-1");
    assertThat(response.getLeaderAddr()).isEqualTo("10.1.0.1:8080");
    assertThat(response.getServersList())
        .extracting(
            server -> server.getId() + "@" + server.getAddress() + "/" + server.getSuffrage())
        .containsExactly("manager-1@10.1.0.1:7946/Voter", "manager-2@10.1.0.2:7946/Nonvoter");
  }

  @Test
  void badInputIsInvalidArgumentNamingTheField() {
    assertRefused(
            () -> api.createService(minimalCreateRequest().toBuilder().setMode("daemon").build()),
            Status.Code.INVALID_ARGUMENT)
        .contains("mode 'daemon'");
    assertRefused(
            () -> api.getService(GetServiceRequest.getDefaultInstance()),
            Status.Code.INVALID_ARGUMENT)
        .isEqualTo("service id or name is required");
    assertThat(useCases.requests).isEmpty();
  }

  @Test
  void missingServiceIsNotFound() {
    assertRefused(
            () -> api.getService(GetServiceRequest.newBuilder().setName("ghost").build()),
            Status.Code.NOT_FOUND)
        .isEqualTo("service not found: ghost");
  }

  @Test
  void takenNameIsAlreadyExists() {
    api.createService(minimalCreateRequest());

    assertRefused(() -> api.createService(minimalCreateRequest()), Status.Code.ALREADY_EXISTS)
        .isEqualTo("service already exists: web");
  }

  @Test
  void unexpectedFailureIsInternalWithoutDetails() {
    useCases.failWith(() -> new IllegalStateException("secret detail"));

    assertRefused(
            () -> api.listServices(ListServicesRequest.getDefaultInstance()), Status.Code.INTERNAL)
        .doesNotContain("secret detail");
  }

  @Test
  void metricsCountEveryCallByMethodAndStatusWithPrometheusNames() {
    api.createService(minimalCreateRequest());
    assertThatThrownBy(
        () -> api.getService(GetServiceRequest.newBuilder().setName("ghost").build()));
    assertThatThrownBy(() -> api.joinCluster(JoinClusterRequest.getDefaultInstance()));

    String scrape = registry.scrape();

    assertThat(scrape)
        .contains("api_requests_total{method=\"CreateService\",status=\"OK\"} 1")
        .contains("api_requests_total{method=\"GetService\",status=\"NOT_FOUND\"} 1")
        .contains("api_requests_total{method=\"JoinCluster\",status=\"INVALID_ARGUMENT\"} 1")
        .contains("api_request_duration_seconds_bucket{method=\"CreateService\",le=")
        .contains("api_request_duration_seconds_count{method=\"CreateService\"} 1")
        .contains("api_requests_in_flight{method=\"CreateService\"} 0");
  }

  @Test
  void inFlightGaugeCountsCallsBeingServed() throws Exception {
    var entered = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    useCases.failWith(
        () -> {
          entered.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
          }
          return new IllegalStateException("released");
        });
    var pending =
        CompletableFuture.runAsync(
            () -> {
              try {
                api.listServices(ListServicesRequest.getDefaultInstance());
              } catch (StatusRuntimeException expected) {
                // the fake fails the call once released
              }
            });
    try {
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(
              registry.get("api.requests.in.flight").tag("method", "ListServices").gauge().value())
          .isEqualTo(1.0);
    } finally {
      release.countDown();
      pending.get(10, TimeUnit.SECONDS);
    }
    assertThat(registry.get("api.requests.in.flight").tag("method", "ListServices").gauge().value())
        .isZero();
  }

  @Test
  void healthServiceReportsTheApiServing() {
    var health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);

    var response =
        health.check(
            HealthCheckRequest.newBuilder().setService(WarrenAPIGrpc.SERVICE_NAME).build());

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }

  @Test
  void reflectionListsTheWarrenApi() throws Exception {
    var answer = new CompletableFuture<List<String>>();
    var requests =
        ServerReflectionGrpc.newStub(channel)
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .serverReflectionInfo(
                new StreamObserver<ServerReflectionResponse>() {
                  @Override
                  public void onNext(ServerReflectionResponse response) {
                    answer.complete(
                        response.getListServicesResponse().getServiceList().stream()
                            .map(ServiceResponse::getName)
                            .toList());
                  }

                  @Override
                  public void onError(Throwable failure) {
                    answer.completeExceptionally(failure);
                  }

                  @Override
                  public void onCompleted() {}
                });
    requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
    requests.onCompleted();

    assertThat(answer.get(10, TimeUnit.SECONDS)).contains("warren.v1.WarrenAPI");
  }

  @Test
  void startingOnAnAddressInUseFailsWithAClearMessage() {
    var second = new GrpcServerAdapter(TLS.server(server.port()), useCases.api(), registry);

    assertThatThrownBy(second::start)
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageStartingWith("cannot listen for the gRPC API on 127.0.0.1:" + server.port())
        .hasMessageContaining("in use");
    second.close();
  }

  @Test
  void portIsUnknownBeforeStart() {
    var notStarted = new GrpcServerAdapter(TLS.server(0), useCases.api(), registry);

    assertThatThrownBy(notStarted::port).isInstanceOf(IllegalStateException.class);
    notStarted.close();
  }
}
