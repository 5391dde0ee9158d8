package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static dev.warren.adapters.grpc.mapping.ServiceMessages.fullyPopulatedCreateRequest;
import static dev.warren.adapters.grpc.mapping.ServiceMessages.minimalCreateRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.MapEntry;
import com.google.protobuf.Message;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.ExecHealthCheck;
import dev.warren.adapters.grpc.proto.HTTPHealthCheck;
import dev.warren.adapters.grpc.proto.TCPHealthCheck;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceProtoMapperTest {
  private static final Instant CREATED = Instant.parse("2026-11-25T10:15:30.123456789Z");
  private static final Instant UPDATED = Instant.parse("2026-11-25T11:00:00.5Z");

  @Test
  void fixtureSetsEveryFieldToANonDefaultValue() {
    // Fields that cannot all be non-default at once: HTTP is type 0, and a check has one probe.
    Set<String> exempt =
        Set.of(
            "warren.v1.HealthCheck.type",
            "warren.v1.HealthCheck.tcp",
            "warren.v1.HealthCheck.exec");

    assertThat(UnsetFields.of(fullyPopulatedCreateRequest(), exempt)).isEmpty();
  }

  @Test
  void fullyPopulatedCreateRequestMapsToTheSpecFieldByField() {
    ServiceSpec spec = ServiceProtoMapper.toSpec(fullyPopulatedCreateRequest());

    assertThat(spec.name()).isEqualTo("web");
    assertThat(spec.image()).isEqualTo("nginx:1.27");
    assertThat(spec.replicas()).isEqualTo(3);
    assertThat(spec.mode()).isEqualTo(ServiceMode.GLOBAL);
    assertThat(spec.deployStrategy()).isEqualTo(DeployStrategy.CANARY);
    assertThat(spec.updateConfig())
        .isEqualTo(
            new UpdateConfig(
                2,
                5,
                FailureAction.ROLLBACK,
                1,
                2,
                15,
                10,
                List.of(10, 50, 100),
                60,
                30,
                true,
                20));
    assertThat(spec.healthCheck())
        .contains(
            new HealthCheck(
                new HealthProbe.Http(
                    "/healthz",
                    8080,
                    "https",
                    List.of(new HealthProbe.Header("Host", "web.local")),
                    200,
                    204),
                15,
                5,
                4,
                20));
    assertThat(spec.restartPolicy())
        .isEqualTo(new RestartPolicy(RestartCondition.ON_FAILURE, 5, 10, 120));
    assertThat(spec.resources()).isEqualTo(new Resources(512, 268_435_456, 134_217_728));
    assertThat(spec.placement())
        .isEqualTo(
            dev.warren.domain.model.service.PlacementSpec.parse(
                List.of("node.labels.disk==ssd", "node.role!=manager"),
                List.of("spread=node.labels.zone")));
    assertThat(spec.networks()).containsExactly("frontend", "backend");
    assertThat(spec.volumes()).containsExactly(new VolumeMount("data", "/var/lib/data", true));
    assertThat(spec.env()).isEqualTo(Map.of("A", "1", "B", "2"));
    assertThat(spec.command()).containsExactly("nginx", "-g", "daemon off;");
    assertThat(spec.ports())
        .containsExactly(new PortMapping("http", 80, 8080, Protocol.UDP, PublishMode.INGRESS));
    assertThat(spec.stopTimeoutSeconds()).isEqualTo(30);
  }

  @Test
  void aBadConstraintOrPreferenceIsRefusedAsInvalidNamingIt() {
    assertInvalid(
            () ->
                ServiceProtoMapper.toSpec(
                    minimalCreateRequest().toBuilder()
                        .addConstraints("node.labels.disk=ssd")
                        .build()))
        .hasMessageContaining("constraint 'node.labels.disk=ssd'");
    assertInvalid(
            () ->
                ServiceProtoMapper.toSpec(
                    minimalCreateRequest().toBuilder()
                        .addPlacementPreferences("pack=node.labels.zone")
                        .build()))
        .hasMessageContaining("placement preference 'pack=node.labels.zone'");
  }

  @Test
  void everyCreateRequestFieldComesBackEqualInTheServiceMessage() {
    CreateServiceRequest request = fullyPopulatedCreateRequest();
    Service service =
        new Service(
            ServiceId.of("5f0c6f1e-8d2a-4c5b-9e61-2f3a4b5c6d7e"),
            ServiceProtoMapper.toSpec(request),
            Optional.empty(),
            new Version(7),
            CREATED,
            UPDATED);

    dev.warren.adapters.grpc.proto.Service proto = ServiceProtoMapper.toProto(service);

    for (FieldDescriptor requestField : CreateServiceRequest.getDescriptor().getFields()) {
      FieldDescriptor serviceField =
          dev.warren.adapters.grpc.proto.Service.getDescriptor()
              .findFieldByName(requestField.getName());
      assertThat(serviceField).as(requestField.getName()).isNotNull();
      assertThat(comparable(proto, serviceField))
          .as(requestField.getName())
          .isEqualTo(comparable(request, requestField));
    }
    assertThat(proto.getId()).isEqualTo("5f0c6f1e-8d2a-4c5b-9e61-2f3a4b5c6d7e");
    assertThat(proto.getVersion()).isEqualTo(7);
    assertThat(TimestampProtoMapper.toInstant(proto.getCreatedAt())).isEqualTo(CREATED);
    assertThat(TimestampProtoMapper.toInstant(proto.getUpdatedAt())).isEqualTo(UPDATED);
  }

  @Test
  void serviceMessageRoundTripsThroughTheDomain() {
    var service =
        new Service(
            ServiceId.of("svc-1"),
            ServiceProtoMapper.toSpec(fullyPopulatedCreateRequest()),
            Optional.empty(),
            new Version(3),
            CREATED,
            UPDATED);
    var proto = ServiceProtoMapper.toProto(service);

    assertThat(ServiceProtoMapper.toDomain(proto)).isEqualTo(service);
    assertThat(ServiceProtoMapper.toProto(ServiceProtoMapper.toDomain(proto))).isEqualTo(proto);
  }

  @Test
  void specRoundTripsThroughTheCreateRequest() {
    ServiceSpec spec = ServiceProtoMapper.toSpec(fullyPopulatedCreateRequest());

    assertThat(ServiceProtoMapper.toCreateRequest(spec)).isEqualTo(fullyPopulatedCreateRequest());
    assertThat(ServiceProtoMapper.toSpec(ServiceProtoMapper.toCreateRequest(spec))).isEqualTo(spec);
  }

  @Test
  void unsetFieldsTakeWarrensDefaults() {
    ServiceSpec spec = ServiceProtoMapper.toSpec(minimalCreateRequest());

    assertThat(spec).isEqualTo(ServiceSpec.of("web", "nginx:1.27", 0));
    assertThat(spec.mode()).isEqualTo(ServiceMode.REPLICATED);
    assertThat(spec.deployStrategy()).isEqualTo(DeployStrategy.ROLLING);
    assertThat(spec.updateConfig()).isEqualTo(UpdateConfig.DEFAULT);
    assertThat(spec.restartPolicy()).isEqualTo(RestartPolicy.DEFAULT);
    assertThat(spec.resources()).isEqualTo(Resources.UNLIMITED);
    assertThat(spec.healthCheck()).isEmpty();
    assertThat(spec.stopTimeoutSeconds()).isEqualTo(10);
  }

  @Test
  void emptyStringsInsideSubMessagesTakeDefaults() {
    var request =
        minimalCreateRequest().toBuilder()
            .setUpdateConfig(
                dev.warren.adapters.grpc.proto.UpdateConfig.newBuilder().setParallelism(2))
            .setRestartPolicy(
                dev.warren.adapters.grpc.proto.RestartPolicy.newBuilder().setMaxAttempts(3))
            .addPorts(dev.warren.adapters.grpc.proto.PortMapping.newBuilder().setContainerPort(80))
            .build();

    ServiceSpec spec = ServiceProtoMapper.toSpec(request);

    assertThat(spec.updateConfig().failureAction()).isEqualTo(FailureAction.PAUSE);
    assertThat(spec.restartPolicy().condition()).isEqualTo(RestartCondition.ANY);
    assertThat(spec.ports())
        .containsExactly(new PortMapping("", 80, 0, Protocol.TCP, PublishMode.HOST));
  }

  @Test
  void healthCheckZeroesTakeTheDocumentedDefaults() {
    var request =
        withHealthCheck(
            dev.warren.adapters.grpc.proto.HealthCheck.newBuilder()
                .setType(dev.warren.adapters.grpc.proto.HealthCheck.Type.HTTP)
                .setHttp(HTTPHealthCheck.newBuilder().setPath("/").setPort(80)));

    HealthCheck check = ServiceProtoMapper.toSpec(request).healthCheck().orElseThrow();

    assertThat(check)
        .isEqualTo(
            new HealthCheck(
                new HealthProbe.Http("/", 80, "http", List.of(), 200, 399), 30, 10, 3, 0));
  }

  @Test
  void tcpAndExecProbesRoundTrip() {
    for (var probe :
        List.of(
            dev.warren.adapters.grpc.proto.HealthCheck.newBuilder()
                .setType(dev.warren.adapters.grpc.proto.HealthCheck.Type.TCP)
                .setTcp(TCPHealthCheck.newBuilder().setPort(5432)),
            dev.warren.adapters.grpc.proto.HealthCheck.newBuilder()
                .setType(dev.warren.adapters.grpc.proto.HealthCheck.Type.EXEC)
                .setExec(ExecHealthCheck.newBuilder().addCommand("pg_isready").addCommand("-q")))) {
      var request =
          withHealthCheck(
              probe
                  .setIntervalSeconds(5)
                  .setTimeoutSeconds(2)
                  .setRetries(1)
                  .setStartPeriodSeconds(9));

      var back = ServiceProtoMapper.toCreateRequest(ServiceProtoMapper.toSpec(request));

      assertThat(back.getHealthCheck()).isEqualTo(request.getHealthCheck());
    }
  }

  @Test
  void httpHealthCheckWithoutItsSettingsIsRejectedNamingTheField() {
    var request =
        withHealthCheck(
            dev.warren.adapters.grpc.proto.HealthCheck.newBuilder()
                .setType(dev.warren.adapters.grpc.proto.HealthCheck.Type.HTTP));

    assertInvalid(() -> ServiceProtoMapper.toSpec(request))
        .hasMessageContaining("health check http");
  }

  @Test
  void unknownEnumSpellingsAreRejectedNamingTheField() {
    assertInvalid(
            () ->
                ServiceProtoMapper.toSpec(
                    minimalCreateRequest().toBuilder().setMode("daemon").build()))
        .hasMessageContaining("mode 'daemon'");
    assertInvalid(
            () ->
                ServiceProtoMapper.toSpec(
                    minimalCreateRequest().toBuilder().setDeployStrategy("big-bang").build()))
        .hasMessageContaining("deploy strategy 'big-bang'");
    assertInvalid(
            () ->
                ServiceProtoMapper.toSpec(
                    minimalCreateRequest().toBuilder()
                        .setRestartPolicy(
                            dev.warren.adapters.grpc.proto.RestartPolicy.newBuilder()
                                .setCondition("sometimes"))
                        .build()))
        .hasMessageContaining("restart policy condition 'sometimes'");
    assertInvalid(
            () ->
                ServiceProtoMapper.toSpec(
                    minimalCreateRequest().toBuilder()
                        .addPorts(
                            dev.warren.adapters.grpc.proto.PortMapping.newBuilder()
                                .setContainerPort(80)
                                .setProtocol("sctp"))
                        .build()))
        .hasMessageContaining("port protocol 'sctp'");
  }

  @Test
  void unknownWireEnumNumbersAreRejected() {
    var unknownType =
        withHealthCheck(dev.warren.adapters.grpc.proto.HealthCheck.newBuilder().setTypeValue(7));
    var unknownPublishMode =
        minimalCreateRequest().toBuilder()
            .addPorts(
                dev.warren.adapters.grpc.proto.PortMapping.newBuilder()
                    .setContainerPort(80)
                    .setPublishModeValue(9))
            .build();

    assertInvalid(() -> ServiceProtoMapper.toSpec(unknownType))
        .hasMessageContaining("health check type 7");
    assertInvalid(() -> ServiceProtoMapper.toSpec(unknownPublishMode))
        .hasMessageContaining("port publish mode 9");
  }

  @Test
  void warrensCodeSpellingOfRestartConditionsIsAccepted() {
    var request =
        minimalCreateRequest().toBuilder()
            .setRestartPolicy(
                dev.warren.adapters.grpc.proto.RestartPolicy.newBuilder().setCondition("always"))
            .build();

    assertThat(ServiceProtoMapper.toSpec(request).restartPolicy().condition())
        .isEqualTo(RestartCondition.ANY);
  }

  @Test
  void domainValidationFailuresNameTheField() {
    assertInvalid(
            () -> ServiceProtoMapper.toSpec(minimalCreateRequest().toBuilder().setName("").build()))
        .hasMessageContaining("service name");
    assertInvalid(
            () ->
                ServiceProtoMapper.toSpec(
                    minimalCreateRequest().toBuilder().setReplicas(-1).build()))
        .hasMessageContaining("replicas");
  }

  @Test
  void aServiceWithoutVersionFromAWarrenServerIsTheFirstVersion() {
    var proto =
        ServiceProtoMapper.toProto(
                Service.create(ServiceId.of("svc-1"), ServiceSpec.of("web", "nginx", 1), CREATED))
            .toBuilder()
            .clearVersion()
            .build();

    assertThat(ServiceProtoMapper.toDomain(proto).version()).isEqualTo(Version.initial());
  }

  /** A field's value; a map field as a Java map, since entry types differ between messages. */
  private static Object comparable(Message message, FieldDescriptor field) {
    Object value = message.getField(field);
    if (!field.isMapField()) {
      return value;
    }
    var map = new HashMap<Object, Object>();
    for (Object entry : (List<?>) value) {
      var mapEntry = (MapEntry<?, ?>) entry;
      map.put(mapEntry.getKey(), mapEntry.getValue());
    }
    return map;
  }

  private static CreateServiceRequest withHealthCheck(
      dev.warren.adapters.grpc.proto.HealthCheck.Builder check) {
    return minimalCreateRequest().toBuilder().setHealthCheck(check).build();
  }
}
