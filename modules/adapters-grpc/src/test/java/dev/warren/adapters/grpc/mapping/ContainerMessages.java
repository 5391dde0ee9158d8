package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.ServiceMessages.fullyPopulatedCreateRequest;

import dev.warren.adapters.grpc.proto.Container;
import java.time.Instant;
import java.util.List;

/** Container messages for tests. */
public final class ContainerMessages {
  public static final Instant CREATED = Instant.parse("2026-11-25T10:15:30.123456789Z");
  public static final Instant UPDATED = Instant.parse("2026-11-25T11:00:00.5Z");

  private ContainerMessages() {}

  /** A container with every field set (HTTP health check), as a manager would send it. */
  public static Container fullContainer() {
    var spec = fullyPopulatedCreateRequest();
    return Container.newBuilder()
        .setId("c-1")
        .setServiceId("svc-1")
        .setServiceName("web")
        .setNodeId("worker-7")
        .setRuntimeContainerId("ctr-0123")
        .setDesiredState("shutdown")
        .setActualState("failed")
        .setImage("registry.example.com/web:1.2.3")
        .addAllCommand(List.of("serve", "--port", "80"))
        .putEnv("A", "1")
        .putEnv("B", "two")
        .setResources(spec.getResources())
        .addAllVolumes(spec.getVolumesList())
        .setHealthCheck(spec.getHealthCheck())
        .setRestartPolicy(spec.getRestartPolicy())
        .setCreatedAt(TimestampProtoMapper.toProto(CREATED))
        .setUpdatedAt(TimestampProtoMapper.toProto(UPDATED))
        .setError("exit status 137")
        .addAllSecrets(List.of("db-password", "api-key"))
        .setStopTimeout(25)
        .setSlot(3)
        .setVersion(9)
        .setHealth("unhealthy")
        .build();
  }
}
