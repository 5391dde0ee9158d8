package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.ExecHealthCheck;
import dev.warren.adapters.grpc.proto.HTTPHealthCheck;
import dev.warren.adapters.grpc.proto.ResourceRequirements;
import dev.warren.adapters.grpc.proto.TCPHealthCheck;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.shared.WireEnum;

/**
 * The sub-messages of a service spec. Proto3 cannot tell "unset" from zero or "", so zero
 * intervals, timeouts, retries and status codes, and empty strings, mean the documented defaults.
 */
final class SpecPartsProtoMapper {
  private static final String DEFAULT_HTTP_SCHEME = "http";
  private static final int DEFAULT_STATUS_CODE_MIN = 200;
  private static final int DEFAULT_STATUS_CODE_MAX = 399;

  private SpecPartsProtoMapper() {}

  static UpdateConfig toDomain(dev.warren.adapters.grpc.proto.UpdateConfig proto) {
    return new UpdateConfig(
        proto.getParallelism(),
        proto.getDelaySeconds(),
        WireEnum.parseOr(
            FailureAction.class,
            "update failure action",
            proto.getFailureAction(),
            UpdateConfig.DEFAULT.failureAction()),
        proto.getMaxSurge(),
        proto.getMaxUnavailable(),
        proto.getHealthCheckGracePeriodSeconds(),
        proto.getCanaryWeight(),
        proto.getCanaryStepsList(),
        proto.getCanaryStabilityWindowSeconds(),
        proto.getBlueGreenGracePeriodSeconds(),
        proto.getAutoRollbackEnabled(),
        proto.getFailureThresholdPercent());
  }

  static dev.warren.adapters.grpc.proto.UpdateConfig toProto(UpdateConfig config) {
    return dev.warren.adapters.grpc.proto.UpdateConfig.newBuilder()
        .setParallelism(config.parallelism())
        .setDelaySeconds(config.delaySeconds())
        .setFailureAction(config.failureAction().wireName())
        .setMaxSurge(config.maxSurge())
        .setMaxUnavailable(config.maxUnavailable())
        .setHealthCheckGracePeriodSeconds(config.healthCheckGracePeriodSeconds())
        .setCanaryWeight(config.canaryWeight())
        .addAllCanarySteps(config.canarySteps())
        .setCanaryStabilityWindowSeconds(config.canaryStabilityWindowSeconds())
        .setBlueGreenGracePeriodSeconds(config.blueGreenGracePeriodSeconds())
        .setAutoRollbackEnabled(config.autoRollbackEnabled())
        .setFailureThresholdPercent(config.failureThresholdPercent())
        .build();
  }

  static HealthCheck toDomain(dev.warren.adapters.grpc.proto.HealthCheck proto) {
    HealthProbe probe =
        switch (proto.getType()) {
          case HTTP -> {
            if (!proto.hasHttp()) {
              throw new InvalidSpecException("health check http is required when type is HTTP");
            }
            yield toDomain(proto.getHttp());
          }
          case TCP -> {
            if (!proto.hasTcp()) {
              throw new InvalidSpecException("health check tcp is required when type is TCP");
            }
            yield new HealthProbe.Tcp(proto.getTcp().getPort());
          }
          case EXEC -> {
            if (!proto.hasExec()) {
              throw new InvalidSpecException("health check exec is required when type is EXEC");
            }
            yield new HealthProbe.Exec(proto.getExec().getCommandList());
          }
          case UNRECOGNIZED ->
              throw new InvalidSpecException(
                  "health check type " + proto.getTypeValue() + " is not one of: HTTP, TCP, EXEC");
        };
    return new HealthCheck(
        probe,
        orDefault(proto.getIntervalSeconds(), HealthCheck.DEFAULT_INTERVAL_SECONDS),
        orDefault(proto.getTimeoutSeconds(), HealthCheck.DEFAULT_TIMEOUT_SECONDS),
        orDefault(proto.getRetries(), HealthCheck.DEFAULT_RETRIES),
        proto.getStartPeriodSeconds());
  }

  private static HealthProbe.Http toDomain(HTTPHealthCheck http) {
    return new HealthProbe.Http(
        http.getPath(),
        http.getPort(),
        http.getScheme().isEmpty() ? DEFAULT_HTTP_SCHEME : http.getScheme(),
        http.getHeadersList().stream()
            .map(header -> new HealthProbe.Header(header.getKey(), header.getValue()))
            .toList(),
        orDefault(http.getStatusCodeMin(), DEFAULT_STATUS_CODE_MIN),
        orDefault(http.getStatusCodeMax(), DEFAULT_STATUS_CODE_MAX));
  }

  static dev.warren.adapters.grpc.proto.HealthCheck toProto(HealthCheck check) {
    var proto =
        dev.warren.adapters.grpc.proto.HealthCheck.newBuilder()
            .setIntervalSeconds(check.intervalSeconds())
            .setTimeoutSeconds(check.timeoutSeconds())
            .setRetries(check.retries())
            .setStartPeriodSeconds(check.startPeriodSeconds());
    switch (check.probe()) {
      case HealthProbe.Http http ->
          proto
              .setType(dev.warren.adapters.grpc.proto.HealthCheck.Type.HTTP)
              .setHttp(
                  HTTPHealthCheck.newBuilder()
                      .setPath(http.path())
                      .setPort(http.port())
                      .setScheme(http.scheme())
                      .addAllHeaders(
                          http.headers().stream()
                              .map(
                                  header ->
                                      dev.warren.adapters.grpc.proto.Header.newBuilder()
                                          .setKey(header.key())
                                          .setValue(header.value())
                                          .build())
                              .toList())
                      .setStatusCodeMin(http.statusCodeMin())
                      .setStatusCodeMax(http.statusCodeMax()));
      case HealthProbe.Tcp tcp ->
          proto
              .setType(dev.warren.adapters.grpc.proto.HealthCheck.Type.TCP)
              .setTcp(TCPHealthCheck.newBuilder().setPort(tcp.port()));
      case HealthProbe.Exec exec ->
          proto
              .setType(dev.warren.adapters.grpc.proto.HealthCheck.Type.EXEC)
              .setExec(ExecHealthCheck.newBuilder().addAllCommand(exec.command()));
    }
    return proto.build();
  }

  static RestartPolicy toDomain(dev.warren.adapters.grpc.proto.RestartPolicy proto) {
    return new RestartPolicy(
        WireEnum.parseOr(
            RestartCondition.class,
            "restart policy condition",
            proto.getCondition(),
            RestartPolicy.DEFAULT.condition()),
        proto.getMaxAttempts(),
        proto.getDelaySeconds(),
        proto.getWindowSeconds());
  }

  static dev.warren.adapters.grpc.proto.RestartPolicy toProto(RestartPolicy policy) {
    return dev.warren.adapters.grpc.proto.RestartPolicy.newBuilder()
        .setCondition(policy.condition().wireName())
        .setMaxAttempts(policy.maxAttempts())
        .setDelaySeconds(policy.delaySeconds())
        .setWindowSeconds(policy.windowSeconds())
        .build();
  }

  static Resources toDomain(ResourceRequirements proto) {
    return new Resources(
        proto.getCpuShares(), proto.getMemoryBytes(), proto.getMemoryReservationBytes());
  }

  static ResourceRequirements toProto(Resources resources) {
    return ResourceRequirements.newBuilder()
        .setCpuShares(resources.cpuShares())
        .setMemoryBytes(resources.memoryBytes())
        .setMemoryReservationBytes(resources.memoryReservationBytes())
        .build();
  }

  static VolumeMount toDomain(dev.warren.adapters.grpc.proto.VolumeMount proto) {
    return new VolumeMount(proto.getSource(), proto.getTarget(), proto.getReadOnly());
  }

  static dev.warren.adapters.grpc.proto.VolumeMount toProto(VolumeMount mount) {
    return dev.warren.adapters.grpc.proto.VolumeMount.newBuilder()
        .setSource(mount.source())
        .setTarget(mount.target())
        .setReadOnly(mount.readOnly())
        .build();
  }

  static PortMapping toDomain(dev.warren.adapters.grpc.proto.PortMapping proto) {
    PublishMode publishMode =
        switch (proto.getPublishMode()) {
          case HOST -> PublishMode.HOST;
          case INGRESS -> PublishMode.INGRESS;
          case UNRECOGNIZED ->
              throw new InvalidSpecException(
                  "port publish mode "
                      + proto.getPublishModeValue()
                      + " is not one of: HOST, INGRESS");
        };
    return new PortMapping(
        proto.getName(),
        proto.getContainerPort(),
        proto.getHostPort(),
        WireEnum.parseOr(Protocol.class, "port protocol", proto.getProtocol(), Protocol.TCP),
        publishMode);
  }

  static dev.warren.adapters.grpc.proto.PortMapping toProto(PortMapping port) {
    return dev.warren.adapters.grpc.proto.PortMapping.newBuilder()
        .setName(port.name())
        .setContainerPort(port.containerPort())
        .setHostPort(port.hostPort())
        .setProtocol(port.protocol().wireName())
        .setPublishMode(
            switch (port.publishMode()) {
              case HOST -> dev.warren.adapters.grpc.proto.PortMapping.PublishMode.HOST;
              case INGRESS -> dev.warren.adapters.grpc.proto.PortMapping.PublishMode.INGRESS;
            })
        .build();
  }

  private static int orDefault(int value, int fallback) {
    return value == 0 ? fallback : value;
  }
}
