package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.Container;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.ContainerStatus;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.ReportContainerHealthRequest;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusRequest;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.Optional;

/**
 * Containers (domain tasks), their events and the container RPCs' requests to and from warren.v1
 * messages. Every field of {@code Container} round-trips, node_id "" being "not placed yet". Proto3
 * defaults: absent resources are unlimited, an absent restart policy is the default, an absent
 * health check is none; a Container without our additions (from a server that predates them) is in
 * slot 0, at the first version, of unknown health. A state spelled "stopped" (Warren's proto
 * comment) is shutdown.
 *
 * <p>All methods throw {@link InvalidSpecException}, naming the field, when a message does not make
 * a valid domain value (an empty or malformed id, an unknown state, a missing required field).
 */
public final class ContainerProtoMapper {
  private ContainerProtoMapper() {}

  /** A container id from the wire, where "" means the caller gave none. */
  public static TaskId containerId(String id) {
    return WireIds.required("container", id, TaskId::of);
  }

  public static Container toProto(Task task) {
    var proto =
        Container.newBuilder()
            .setId(task.id().value())
            .setServiceId(task.serviceId().value())
            .setServiceName(task.serviceName())
            .setNodeId(task.nodeId().map(NodeId::value).orElse(""))
            .setRuntimeContainerId(task.runtimeContainerId())
            .setDesiredState(task.desiredState().wireName())
            .setActualState(task.state().wireName())
            .setImage(task.image())
            .addAllCommand(task.command())
            .putAllEnv(task.env())
            .setResources(SpecPartsProtoMapper.toProto(task.resources()))
            .addAllVolumes(task.volumes().stream().map(SpecPartsProtoMapper::toProto).toList())
            .setRestartPolicy(SpecPartsProtoMapper.toProto(task.restartPolicy()))
            .setCreatedAt(TimestampProtoMapper.toProto(task.createdAt()))
            .setUpdatedAt(TimestampProtoMapper.toProto(task.updatedAt()))
            .setError(task.error())
            .addAllSecrets(task.secrets())
            .setStopTimeout(task.stopTimeoutSeconds())
            .setSlot(task.slot())
            .setVersion(task.version().value())
            .setHealth(task.health().wireName());
    task.healthCheck()
        .ifPresent(check -> proto.setHealthCheck(SpecPartsProtoMapper.toProto(check)));
    return proto.build();
  }

  public static Task toDomain(Container proto) {
    return new Task(
        containerId(proto.getId()),
        ServiceRequestProtoMapper.serviceId(proto.getServiceId()),
        proto.getServiceName(),
        proto.getSlot(),
        proto.getNodeId().isEmpty() ? Optional.empty() : Optional.of(NodeId.of(proto.getNodeId())),
        proto.getImage(),
        proto.getCommandList(),
        proto.getEnvMap(),
        proto.hasResources()
            ? SpecPartsProtoMapper.toDomain(proto.getResources())
            : Resources.UNLIMITED,
        proto.getVolumesList().stream().map(SpecPartsProtoMapper::toDomain).toList(),
        proto.hasHealthCheck()
            ? Optional.of(SpecPartsProtoMapper.toDomain(proto.getHealthCheck()))
            : Optional.empty(),
        proto.hasRestartPolicy()
            ? SpecPartsProtoMapper.toDomain(proto.getRestartPolicy())
            : RestartPolicy.DEFAULT,
        proto.getSecretsList(),
        proto.getStopTimeout(),
        WireEnum.parse(DesiredState.class, "desired state", proto.getDesiredState()),
        WireEnum.parse(TaskState.class, "actual state", proto.getActualState()),
        proto.getRuntimeContainerId(),
        proto.getError(),
        proto.getVersion() == 0 ? Version.initial() : new Version(proto.getVersion()),
        TimestampProtoMapper.toInstant(proto.getCreatedAt()),
        TimestampProtoMapper.toInstant(proto.getUpdatedAt()),
        WireEnum.parseOr(TaskHealth.class, "health", proto.getHealth(), TaskHealth.UNKNOWN),
        Version.initial());
  }

  /** One line of a heartbeat; the state is required. */
  public static TaskStatusReport toDomain(ContainerStatus status) {
    return new TaskStatusReport(
        containerId(status.getContainerId()),
        actualState(status.getActualState()),
        status.getRuntimeContainerId(),
        status.getError());
  }

  public static ContainerStatus toProto(TaskStatusReport report) {
    return ContainerStatus.newBuilder()
        .setContainerId(report.taskId().value())
        .setActualState(report.state().wireName())
        .setRuntimeContainerId(report.runtimeContainerId())
        .setError(report.error())
        .build();
  }

  public static dev.warren.domain.port.in.UpdateContainerStatusRequest toDomain(
      UpdateContainerStatusRequest request) {
    TaskId id = containerId(request.getContainerId());
    return new dev.warren.domain.port.in.UpdateContainerStatusRequest(
        NodeProtoMapper.nodeId(request.getNodeId()),
        new TaskStatusReport(
            id,
            actualState(request.getActualState()),
            request.getRuntimeContainerId(),
            request.getError()));
  }

  public static UpdateContainerStatusRequest toProto(
      dev.warren.domain.port.in.UpdateContainerStatusRequest request) {
    TaskStatusReport report = request.report();
    return UpdateContainerStatusRequest.newBuilder()
        .setContainerId(report.taskId().value())
        .setNodeId(request.nodeId().value())
        .setActualState(report.state().wireName())
        .setRuntimeContainerId(report.runtimeContainerId())
        .setError(report.error())
        .build();
  }

  /** ListContainers filters; "" matches every service or node. */
  public static dev.warren.domain.port.in.ListContainersRequest toDomain(
      ListContainersRequest request) {
    return new dev.warren.domain.port.in.ListContainersRequest(
        request.getServiceId().isEmpty()
            ? Optional.empty()
            : Optional.of(ServiceRequestProtoMapper.serviceId(request.getServiceId())),
        request.getNodeId().isEmpty()
            ? Optional.empty()
            : Optional.of(NodeProtoMapper.nodeId(request.getNodeId())),
        ReadConsistency.LINEARIZABLE);
  }

  public static ListContainersRequest toProto(
      dev.warren.domain.port.in.ListContainersRequest request) {
    return ListContainersRequest.newBuilder()
        .setServiceId(request.serviceId().map(id -> id.value()).orElse(""))
        .setNodeId(request.nodeId().map(NodeId::value).orElse(""))
        .build();
  }

  /** A probe result; an absent checked_at is the epoch, as proto3 has no "unset" time. */
  public static dev.warren.domain.port.in.ReportContainerHealthRequest toDomain(
      ReportContainerHealthRequest request) {
    return new dev.warren.domain.port.in.ReportContainerHealthRequest(
        containerId(request.getContainerId()),
        request.getHealthy(),
        request.getMessage(),
        TimestampProtoMapper.toInstant(request.getCheckedAt()),
        request.getConsecutiveFailures(),
        request.getConsecutiveSuccesses());
  }

  public static ReportContainerHealthRequest toProto(
      dev.warren.domain.port.in.ReportContainerHealthRequest request) {
    return ReportContainerHealthRequest.newBuilder()
        .setContainerId(request.containerId().value())
        .setHealthy(request.healthy())
        .setMessage(request.message())
        .setCheckedAt(TimestampProtoMapper.toProto(request.checkedAt()))
        .setConsecutiveFailures(request.consecutiveFailures())
        .setConsecutiveSuccesses(request.consecutiveSuccesses())
        .build();
  }

  public static ContainerEvent toProto(TaskEvent event) {
    return ContainerEvent.newBuilder()
        .setType(event.type().wireName())
        .setContainer(toProto(event.task()))
        .build();
  }

  public static TaskEvent toDomain(ContainerEvent event) {
    if (!event.hasContainer()) {
      throw new InvalidSpecException("container event container is required");
    }
    return new TaskEvent(
        WireEnum.parse(TaskEvent.Type.class, "container event type", event.getType()),
        toDomain(event.getContainer()));
  }

  private static TaskState actualState(String spelling) {
    if (spelling.isEmpty()) {
      throw new InvalidSpecException("actual state is required");
    }
    return WireEnum.parse(TaskState.class, "actual state", spelling);
  }
}
