package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import dev.warren.adapters.grpc.proto.ContainerStatus;
import dev.warren.adapters.grpc.proto.HeartbeatRequest;
import dev.warren.adapters.grpc.proto.ListNodesRequest;
import dev.warren.adapters.grpc.proto.NodeResources;
import dev.warren.adapters.grpc.proto.RegisterNodeRequest;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeProtoMapperTest {
  private static final Instant HEARTBEAT = Instant.parse("2026-11-25T10:15:30.123456789Z");
  private static final Instant CREATED = Instant.parse("2026-11-20T08:00:00.5Z");

  static dev.warren.adapters.grpc.proto.Node fullNode() {
    return dev.warren.adapters.grpc.proto.Node.newBuilder()
        .setId("worker-7")
        .setRole("hybrid")
        .setAddress("10.1.0.7:7946")
        .setOverlayIp("10.0.0.7")
        .setResources(
            NodeResources.newBuilder()
                .setCpuCores(8)
                .setMemoryBytes(16L << 30)
                .setDiskBytes(1L << 40))
        .setStatus("draining")
        .setLastHeartbeat(
            Timestamp.newBuilder()
                .setSeconds(HEARTBEAT.getEpochSecond())
                .setNanos(HEARTBEAT.getNano()))
        .setCreatedAt(
            Timestamp.newBuilder().setSeconds(CREATED.getEpochSecond()).setNanos(CREATED.getNano()))
        .putLabels("zone", "eu-1")
        .putLabels("disk", "ssd")
        .setVersion(12)
        .setAvailability("drain")
        .build();
  }

  @Test
  void theFixtureSetsEveryField() {
    assertThat(UnsetFields.of(fullNode(), Set.of())).isEmpty();
  }

  @Test
  void everyNodeFieldMapsToTheDomainAndBack() {
    Node node = NodeProtoMapper.toDomain(fullNode());

    assertThat(node.id()).isEqualTo(NodeId.of("worker-7"));
    assertThat(node.role()).isEqualTo(NodeRole.HYBRID);
    assertThat(node.address()).isEqualTo("10.1.0.7:7946");
    assertThat(node.overlayIp()).isEqualTo("10.0.0.7");
    assertThat(node.resources())
        .isEqualTo(new dev.warren.domain.model.node.NodeResources(8, 16L << 30, 1L << 40));
    assertThat(node.status()).isEqualTo(NodeStatus.DRAINING);
    assertThat(node.lastHeartbeat()).isEqualTo(HEARTBEAT);
    assertThat(node.createdAt()).isEqualTo(CREATED);
    assertThat(node.labels()).isEqualTo(Map.of("zone", "eu-1", "disk", "ssd"));
    assertThat(node.version()).isEqualTo(new Version(12));
    assertThat(node.availability()).isEqualTo(dev.warren.domain.model.node.NodeAvailability.DRAIN);
    assertThat(NodeProtoMapper.toProto(node)).isEqualTo(fullNode());
  }

  @Test
  void aNodeWithoutVersionIsAtTheFirstAndUnknownSpellingsAreRefused() {
    var old = fullNode().toBuilder().clearVersion().build();

    assertThat(NodeProtoMapper.toDomain(old).version()).isEqualTo(Version.initial());
    assertThat(NodeProtoMapper.toDomain(fullNode().toBuilder().clearAvailability().build()))
        .extracting(Node::availability)
        .isEqualTo(dev.warren.domain.model.node.NodeAvailability.ACTIVE);
    assertInvalid(
            () -> NodeProtoMapper.toDomain(fullNode().toBuilder().setAvailability("nap").build()))
        .hasMessageContaining("node availability 'nap' is not one of: active, pause, drain");
    assertInvalid(
            () ->
                NodeProtoMapper.toDomain(
                    dev.warren.adapters.grpc.proto.UpdateNodeRequest.newBuilder()
                        .setId("worker-7")
                        .setAvailability("off")
                        .build()))
        .hasMessageContaining("node availability 'off'");
    assertInvalid(
            () -> NodeProtoMapper.toDomain(fullNode().toBuilder().setStatus("asleep").build()))
        .hasMessageContaining("node status 'asleep' is not one of");
  }

  @Test
  void registrationMapsEveryFieldAndNeedsIdAndRole() {
    var proto =
        RegisterNodeRequest.newBuilder()
            .setId("worker-7")
            .setRole("worker")
            .setAddress("localhost")
            .setResources(
                NodeResources.newBuilder().setCpuCores(2).setMemoryBytes(3).setDiskBytes(4))
            .putLabels("zone", "b")
            .build();
    assertThat(UnsetFields.of(proto, Set.of())).isEmpty();

    var request = NodeProtoMapper.toDomain(proto);

    assertThat(request.id()).isEqualTo(NodeId.of("worker-7"));
    assertThat(request.role()).isEqualTo(NodeRole.WORKER);
    assertThat(request.address()).isEqualTo("localhost");
    assertThat(request.resources())
        .isEqualTo(new dev.warren.domain.model.node.NodeResources(2, 3, 4));
    assertThat(request.labels()).isEqualTo(Map.of("zone", "b"));
    assertThat(NodeProtoMapper.toProto(request)).isEqualTo(proto);
    assertThat(NodeProtoMapper.toDomain(proto.toBuilder().clearResources().build()).resources())
        .isEqualTo(dev.warren.domain.model.node.NodeResources.NONE);
    assertInvalid(() -> NodeProtoMapper.toDomain(proto.toBuilder().setId("").build()))
        .hasMessage("node id is required");
    assertInvalid(() -> NodeProtoMapper.toDomain(proto.toBuilder().setId("a b").build()))
        .hasMessageContaining("node id 'a b' is invalid");
    assertInvalid(() -> NodeProtoMapper.toDomain(proto.toBuilder().setRole("").build()))
        .hasMessage("node role is required");
    assertInvalid(() -> NodeProtoMapper.toDomain(proto.toBuilder().setRole("boss").build()))
        .hasMessageContaining("node role 'boss' is not one of: manager, worker, hybrid");
    assertInvalid(
            () ->
                NodeProtoMapper.toDomain(
                    proto.toBuilder()
                        .setResources(NodeResources.newBuilder().setCpuCores(-1))
                        .build()))
        .hasMessageContaining("cpu cores");
  }

  @Test
  void heartbeatMapsResourcesAndStatusesAndAbsentResourcesAreUnmeasured() {
    var proto =
        HeartbeatRequest.newBuilder()
            .setNodeId("worker-7")
            .setAvailableResources(
                NodeResources.newBuilder().setCpuCores(1).setMemoryBytes(2).setDiskBytes(3))
            .addContainerStatuses(
                ContainerStatus.newBuilder()
                    .setContainerId("c-1")
                    .setActualState("running")
                    .setRuntimeContainerId("ctr-1")
                    .setError("none"))
            .build();
    assertThat(UnsetFields.of(proto, Set.of())).isEmpty();

    RecordHeartbeatRequest request = NodeProtoMapper.toDomain(proto);

    assertThat(request)
        .isEqualTo(
            new RecordHeartbeatRequest(
                NodeId.of("worker-7"),
                Optional.of(new dev.warren.domain.model.node.NodeResources(1, 2, 3)),
                List.of(
                    new TaskStatusReport(TaskId.of("c-1"), TaskState.RUNNING, "ctr-1", "none"))));
    assertThat(NodeProtoMapper.toProto(request)).isEqualTo(proto);
    assertThat(
            NodeProtoMapper.toDomain(proto.toBuilder().clearAvailableResources().build())
                .availableResources())
        .isEmpty();
  }

  @Test
  void anEmptyRoleFilterListsEveryRole() {
    assertThat(NodeProtoMapper.toDomain(ListNodesRequest.getDefaultInstance()).role()).isEmpty();
    var workers =
        NodeProtoMapper.toDomain(ListNodesRequest.newBuilder().setRoleFilter("worker").build());
    assertThat(workers.role()).contains(NodeRole.WORKER);
    assertThat(workers.consistency()).isEqualTo(ReadConsistency.LINEARIZABLE);
    assertThat(NodeProtoMapper.toProto(workers).getRoleFilter()).isEqualTo("worker");
    assertInvalid(
            () ->
                NodeProtoMapper.toDomain(ListNodesRequest.newBuilder().setRoleFilter("x").build()))
        .hasMessageContaining("role filter 'x'");
  }
}
