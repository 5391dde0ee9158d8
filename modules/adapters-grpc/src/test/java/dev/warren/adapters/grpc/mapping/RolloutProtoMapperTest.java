package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static dev.warren.adapters.grpc.mapping.RoundTrips.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.proto.RollbackServiceRequest;
import dev.warren.adapters.grpc.proto.UpdateConfig;
import dev.warren.adapters.grpc.proto.UpdateServiceImageRequest;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.ServiceId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolloutProtoMapperTest {
  private static final dev.warren.domain.model.service.UpdateConfig CANARY =
      new dev.warren.domain.model.service.UpdateConfig(
          2, 5, FailureAction.ROLLBACK, 1, 3, 10, 20, List.of(10, 50, 100), 30, 40, true, 5);

  @Test
  void updateImageMapsEveryFieldToItsNumberedProtoField() {
    var request =
        new dev.warren.domain.port.in.UpdateServiceImageRequest(
            ServiceId.of("svc-1"),
            "nginx:2",
            Optional.of(DeployStrategy.CANARY),
            Optional.of(CANARY));

    UpdateServiceImageRequest proto =
        roundTrip(request, RolloutProtoMapper::toProto, RolloutProtoMapper::toDomain);

    assertThat(proto)
        .isEqualTo(
            UpdateServiceImageRequest.newBuilder()
                .setId("svc-1")
                .setImage("nginx:2")
                .setStrategy("canary")
                .setUpdateConfig(
                    UpdateConfig.newBuilder()
                        .setParallelism(2)
                        .setDelaySeconds(5)
                        .setFailureAction("rollback")
                        .setMaxSurge(1)
                        .setMaxUnavailable(3)
                        .setHealthCheckGracePeriodSeconds(10)
                        .setCanaryWeight(20)
                        .addAllCanarySteps(List.of(10, 50, 100))
                        .setCanaryStabilityWindowSeconds(30)
                        .setBlueGreenGracePeriodSeconds(40)
                        .setAutoRollbackEnabled(true)
                        .setFailureThresholdPercent(5))
                .build());
  }

  @Test
  void anEmptyStrategyAndAnAbsentConfigMeanTheServicesOwn() {
    var proto = UpdateServiceImageRequest.newBuilder().setId("svc-1").setImage("nginx:2").build();

    var request = RolloutProtoMapper.toDomain(proto);

    assertThat(request.strategy()).isEmpty();
    assertThat(request.updateConfig()).isEmpty();
    assertThat(RolloutProtoMapper.toProto(request)).isEqualTo(proto);
  }

  @Test
  void anUnknownStrategyMissingIdOrMissingImageIsInvalid() {
    var base = UpdateServiceImageRequest.newBuilder().setId("svc-1").setImage("nginx:2");

    assertInvalid(() -> RolloutProtoMapper.toDomain(base.clone().setStrategy("yolo").build()))
        .hasMessage("strategy 'yolo' is not one of: rolling, blue-green, canary");
    assertInvalid(() -> RolloutProtoMapper.toDomain(base.clone().setId("").build()))
        .hasMessage("service id is required");
    assertInvalid(() -> RolloutProtoMapper.toDomain(base.clone().setImage("").build()))
        .hasMessage("image is required");
  }

  @Test
  void rollbackCarriesTheServiceIdBothWays() {
    var request = new dev.warren.domain.port.in.RollbackServiceRequest(ServiceId.of("svc-1"));

    var proto = roundTrip(request, RolloutProtoMapper::toProto, RolloutProtoMapper::toDomain);

    assertThat(proto).isEqualTo(RollbackServiceRequest.newBuilder().setId("svc-1").build());
    assertInvalid(() -> RolloutProtoMapper.toDomain(RollbackServiceRequest.getDefaultInstance()))
        .hasMessage("service id is required");
  }
}
