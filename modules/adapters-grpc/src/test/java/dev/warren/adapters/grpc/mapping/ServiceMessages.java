package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.HTTPHealthCheck;
import dev.warren.adapters.grpc.proto.Header;
import dev.warren.adapters.grpc.proto.HealthCheck;
import dev.warren.adapters.grpc.proto.PortMapping;
import dev.warren.adapters.grpc.proto.ResourceRequirements;
import dev.warren.adapters.grpc.proto.RestartPolicy;
import dev.warren.adapters.grpc.proto.UpdateConfig;
import dev.warren.adapters.grpc.proto.VolumeMount;
import java.util.List;

/** warren.v1 messages for tests. */
public final class ServiceMessages {
  private ServiceMessages() {}

  /** A CreateService request with every field set to a value that is not its default. */
  public static CreateServiceRequest fullyPopulatedCreateRequest() {
    return CreateServiceRequest.newBuilder()
        .setName("web")
        .setImage("nginx:1.27")
        .setReplicas(3)
        .setMode("global")
        .setDeployStrategy("canary")
        .setUpdateConfig(
            UpdateConfig.newBuilder()
                .setParallelism(2)
                .setDelaySeconds(5)
                .setFailureAction("rollback")
                .setMaxSurge(1)
                .setMaxUnavailable(2)
                .setHealthCheckGracePeriodSeconds(15)
                .setCanaryWeight(10)
                .addAllCanarySteps(List.of(10, 50, 100))
                .setCanaryStabilityWindowSeconds(60)
                .setBlueGreenGracePeriodSeconds(30)
                .setAutoRollbackEnabled(true)
                .setFailureThresholdPercent(20))
        .setHealthCheck(
            HealthCheck.newBuilder()
                .setType(HealthCheck.Type.HTTP)
                .setHttp(
                    HTTPHealthCheck.newBuilder()
                        .setPath("/healthz")
                        .setPort(8080)
                        .setScheme("https")
                        .addHeaders(Header.newBuilder().setKey("Host").setValue("web.local"))
                        .setStatusCodeMin(200)
                        .setStatusCodeMax(204))
                .setIntervalSeconds(15)
                .setTimeoutSeconds(5)
                .setRetries(4)
                .setStartPeriodSeconds(20))
        .setRestartPolicy(
            RestartPolicy.newBuilder()
                .setCondition("on-failure")
                .setMaxAttempts(5)
                .setDelaySeconds(10)
                .setWindowSeconds(120))
        .setResources(
            ResourceRequirements.newBuilder()
                .setCpuShares(512)
                .setMemoryBytes(268_435_456)
                .setMemoryReservationBytes(134_217_728))
        .addNetworks("frontend")
        .addNetworks("backend")
        .addVolumes(
            VolumeMount.newBuilder().setSource("data").setTarget("/var/lib/data").setReadOnly(true))
        .putEnv("B", "2")
        .putEnv("A", "1")
        .addAllCommand(List.of("nginx", "-g", "daemon off;"))
        .addPorts(
            PortMapping.newBuilder()
                .setName("http")
                .setContainerPort(80)
                .setHostPort(8080)
                .setProtocol("udp")
                .setPublishMode(PortMapping.PublishMode.INGRESS))
        .setStopTimeout(30)
        .addConstraints("node.labels.disk==ssd")
        .addConstraints("node.role!=manager")
        .addPlacementPreferences("spread=node.labels.zone")
        .build();
  }

  /** The least a CreateService request needs: everything else is proto3's default. */
  public static CreateServiceRequest minimalCreateRequest() {
    return CreateServiceRequest.newBuilder().setName("web").setImage("nginx:1.27").build();
  }
}
