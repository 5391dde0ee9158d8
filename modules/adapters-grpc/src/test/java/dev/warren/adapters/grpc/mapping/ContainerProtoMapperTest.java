package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.ContainerMessages.CREATED;
import static dev.warren.adapters.grpc.mapping.ContainerMessages.UPDATED;
import static dev.warren.adapters.grpc.mapping.ContainerMessages.fullContainer;
import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static dev.warren.adapters.grpc.mapping.ServiceMessages.fullyPopulatedCreateRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.proto.Container;
import dev.warren.adapters.grpc.proto.ContainerEvent;
import dev.warren.adapters.grpc.proto.ContainerStatus;
import dev.warren.adapters.grpc.proto.ListContainersRequest;
import dev.warren.adapters.grpc.proto.ReportContainerHealthRequest;
import dev.warren.adapters.grpc.proto.UpdateContainerStatusRequest;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContainerProtoMapperTest {
  // HTTP is health check type 0, and a check has one probe, so these cannot all be set.
  private static final Set<String> ONE_PROBE =
      Set.of(
          "warren.v1.HealthCheck.type", "warren.v1.HealthCheck.tcp", "warren.v1.HealthCheck.exec");

  @Test
  void theFixtureSetsEveryField() {
    assertThat(UnsetFields.of(fullContainer(), ONE_PROBE)).isEmpty();
  }

  @Test
  void everyContainerFieldMapsToTheDomainAndBack() {
    var spec = ServiceProtoMapper.toSpec(fullyPopulatedCreateRequest());

    Task task = ContainerProtoMapper.toDomain(fullContainer());

    assertThat(task.id()).isEqualTo(TaskId.of("c-1"));
    assertThat(task.serviceId()).isEqualTo(ServiceId.of("svc-1"));
    assertThat(task.serviceName()).isEqualTo("web");
    assertThat(task.nodeId()).contains(NodeId.of("worker-7"));
    assertThat(task.runtimeContainerId()).isEqualTo("ctr-0123");
    assertThat(task.desiredState()).isEqualTo(DesiredState.SHUTDOWN);
    assertThat(task.state()).isEqualTo(TaskState.FAILED);
    assertThat(task.image()).isEqualTo("registry.example.com/web:1.2.3");
    assertThat(task.command()).containsExactly("serve", "--port", "80");
    assertThat(task.env()).isEqualTo(Map.of("A", "1", "B", "two"));
    assertThat(task.resources()).isEqualTo(spec.resources());
    assertThat(task.volumes()).isEqualTo(spec.volumes()).isNotEmpty();
    assertThat(task.healthCheck()).isEqualTo(spec.healthCheck()).isPresent();
    assertThat(task.restartPolicy()).isEqualTo(spec.restartPolicy());
    assertThat(task.createdAt()).isEqualTo(CREATED);
    assertThat(task.updatedAt()).isEqualTo(UPDATED);
    assertThat(task.error()).isEqualTo("exit status 137");
    assertThat(task.secrets()).containsExactly("db-password", "api-key");
    assertThat(task.stopTimeoutSeconds()).isEqualTo(25);
    assertThat(task.slot()).isEqualTo(3);
    assertThat(task.version()).isEqualTo(new Version(9));
    assertThat(task.health()).isEqualTo(TaskHealth.UNHEALTHY);
    assertThat(ContainerProtoMapper.toProto(task)).isEqualTo(fullContainer());
  }

  @Test
  void unsetPartsTakeDefaultsAndAnUnplacedContainerHasNoNode() {
    var minimal =
        Container.newBuilder()
            .setId("c-2")
            .setServiceId("svc-1")
            .setServiceName("web")
            .setDesiredState("running")
            .setActualState("stopped")
            .setImage("web:1")
            .build();

    Task task = ContainerProtoMapper.toDomain(minimal);

    assertThat(task.nodeId()).isEmpty();
    assertThat(task.state()).isEqualTo(TaskState.SHUTDOWN);
    assertThat(task.resources()).isEqualTo(Resources.UNLIMITED);
    assertThat(task.restartPolicy()).isEqualTo(RestartPolicy.DEFAULT);
    assertThat(task.healthCheck()).isEmpty();
    assertThat(task.version()).isEqualTo(Version.initial());
    assertThat(task.health()).isEqualTo(TaskHealth.UNKNOWN);
    assertThat(ContainerProtoMapper.toProto(task).getNodeId()).isEmpty();
    assertThat(ContainerProtoMapper.toProto(task).getActualState()).isEqualTo("shutdown");
  }

  @Test
  void badContainersAreRefusedNamingTheField() {
    assertInvalid(
            () -> ContainerProtoMapper.toDomain(fullContainer().toBuilder().setId("").build()))
        .hasMessage("container id is required");
    assertInvalid(
            () ->
                ContainerProtoMapper.toDomain(
                    fullContainer().toBuilder().setActualState("sleeping").build()))
        .hasMessageContaining("actual state 'sleeping' is not one of");
    assertInvalid(
            () ->
                ContainerProtoMapper.toDomain(
                    fullContainer().toBuilder().setDesiredState("paused").build()))
        .hasMessageContaining("desired state 'paused'");
  }

  @Test
  void aStatusReportMapsEveryFieldAndNeedsAState() {
    var proto =
        ContainerStatus.newBuilder()
            .setContainerId("c-1")
            .setActualState("complete")
            .setRuntimeContainerId("ctr-1")
            .setError("done")
            .build();
    var report = new TaskStatusReport(TaskId.of("c-1"), TaskState.COMPLETE, "ctr-1", "done");

    assertThat(ContainerProtoMapper.toDomain(proto)).isEqualTo(report);
    assertThat(ContainerProtoMapper.toProto(report)).isEqualTo(proto);
    assertInvalid(() -> ContainerProtoMapper.toDomain(proto.toBuilder().setActualState("").build()))
        .hasMessage("actual state is required");
  }

  @Test
  void updateContainerStatusMapsEveryFieldAndNeedsTheNode() {
    var proto =
        UpdateContainerStatusRequest.newBuilder()
            .setContainerId("c-1")
            .setNodeId("worker-7")
            .setActualState("running")
            .setRuntimeContainerId("ctr-1")
            .setError("warning")
            .build();
    assertThat(UnsetFields.of(proto, Set.of())).isEmpty();

    var request = ContainerProtoMapper.toDomain(proto);

    assertThat(request.nodeId()).isEqualTo(NodeId.of("worker-7"));
    assertThat(request.report())
        .isEqualTo(new TaskStatusReport(TaskId.of("c-1"), TaskState.RUNNING, "ctr-1", "warning"));
    assertThat(ContainerProtoMapper.toProto(request)).isEqualTo(proto);
    assertInvalid(() -> ContainerProtoMapper.toDomain(proto.toBuilder().setNodeId("").build()))
        .hasMessage("node id is required");
  }

  @Test
  void listFiltersAreOptionalAndValidated() {
    var all = ContainerProtoMapper.toDomain(ListContainersRequest.getDefaultInstance());
    var both =
        ContainerProtoMapper.toDomain(
            ListContainersRequest.newBuilder().setServiceId("svc-1").setNodeId("worker-7").build());

    assertThat(all.serviceId()).isEmpty();
    assertThat(all.nodeId()).isEmpty();
    assertThat(both.serviceId()).contains(ServiceId.of("svc-1"));
    assertThat(both.nodeId()).contains(NodeId.of("worker-7"));
    assertThat(ContainerProtoMapper.toProto(both).getServiceId()).isEqualTo("svc-1");
    assertThat(ContainerProtoMapper.toProto(both).getNodeId()).isEqualTo("worker-7");
    assertInvalid(
            () ->
                ContainerProtoMapper.toDomain(
                    ListContainersRequest.newBuilder().setNodeId("bad id").build()))
        .hasMessageContaining("node id 'bad id' is invalid");
  }

  @Test
  void healthReportsMapEveryField() {
    var proto =
        ReportContainerHealthRequest.newBuilder()
            .setContainerId("c-1")
            .setHealthy(true)
            .setMessage("200 OK")
            .setCheckedAt(TimestampProtoMapper.toProto(UPDATED))
            .setConsecutiveFailures(2)
            .setConsecutiveSuccesses(5)
            .build();
    assertThat(UnsetFields.of(proto, Set.of())).isEmpty();

    var request = ContainerProtoMapper.toDomain(proto);

    assertThat(request)
        .isEqualTo(
            new dev.warren.domain.port.in.ReportContainerHealthRequest(
                TaskId.of("c-1"), true, "200 OK", UPDATED, 2, 5));
    assertThat(ContainerProtoMapper.toProto(request)).isEqualTo(proto);
    assertInvalid(
            () ->
                ContainerProtoMapper.toDomain(proto.toBuilder().setConsecutiveFailures(-1).build()))
        .hasMessageContaining("consecutive failures");
  }

  @Test
  void eventsCarryTheirTypeAndContainer() {
    Task task = ContainerProtoMapper.toDomain(fullContainer());
    var event = new TaskEvent(TaskEvent.Type.DELETE, task);

    ContainerEvent proto = ContainerProtoMapper.toProto(event);

    assertThat(proto.getType()).isEqualTo("delete");
    assertThat(proto.getContainer()).isEqualTo(fullContainer());
    assertThat(ContainerProtoMapper.toDomain(proto)).isEqualTo(event);
    assertInvalid(() -> ContainerProtoMapper.toDomain(proto.toBuilder().setType("moved").build()));
  }
}
