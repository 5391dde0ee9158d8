package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.proto.HeartbeatRequest;
import dev.warren.adapters.grpc.proto.ListNodesRequest;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import java.util.Optional;

/**
 * Nodes and the node RPCs' requests to and from warren.v1 messages. Every field of {@code Node}
 * round-trips. Proto3 defaults: absent resources are none (all zero) when registering and "not
 * measured" in a heartbeat; an empty role filter lists every role; a Node without a version (from a
 * server that predates it) is at the first version.
 *
 * <p>All methods throw {@link InvalidSpecException}, naming the field, when a message does not make
 * a valid domain value (an empty or malformed id, an unknown role or status, negative resources).
 */
public final class NodeProtoMapper {
  private NodeProtoMapper() {}

  /** A node id from the wire, where "" means the caller gave none. */
  public static NodeId nodeId(String id) {
    return WireIds.required("node", id, NodeId::of);
  }

  public static dev.warren.adapters.grpc.proto.Node toProto(Node node) {
    return dev.warren.adapters.grpc.proto.Node.newBuilder()
        .setId(node.id().value())
        .setRole(node.role().wireName())
        .setAddress(node.address())
        .setOverlayIp(node.overlayIp())
        .setResources(toProto(node.resources()))
        .setStatus(node.status().wireName())
        .setLastHeartbeat(TimestampProtoMapper.toProto(node.lastHeartbeat()))
        .setCreatedAt(TimestampProtoMapper.toProto(node.createdAt()))
        .putAllLabels(node.labels())
        .setVersion(node.version().value())
        .setAvailability(node.availability().wireName())
        .build();
  }

  public static Node toDomain(dev.warren.adapters.grpc.proto.Node proto) {
    return new Node(
        nodeId(proto.getId()),
        WireEnum.parse(NodeRole.class, "node role", proto.getRole()),
        proto.getAddress(),
        proto.getOverlayIp(),
        toDomain(proto.getResources()),
        WireEnum.parse(NodeStatus.class, "node status", proto.getStatus()),
        TimestampProtoMapper.toInstant(proto.getLastHeartbeat()),
        TimestampProtoMapper.toInstant(proto.getCreatedAt()),
        proto.getLabelsMap(),
        WireEnum.parseOr(
            NodeAvailability.class,
            "node availability",
            proto.getAvailability(),
            NodeAvailability.ACTIVE),
        proto.getVersion() == 0 ? Version.initial() : new Version(proto.getVersion()));
  }

  /** A node update from the wire; an unknown availability is INVALID_ARGUMENT. */
  public static dev.warren.domain.port.in.UpdateNodeRequest toDomain(
      dev.warren.adapters.grpc.proto.UpdateNodeRequest request) {
    return new dev.warren.domain.port.in.UpdateNodeRequest(
        nodeId(request.getId()),
        request.getAvailability().isEmpty()
            ? Optional.empty()
            : Optional.of(
                WireEnum.parse(
                    NodeAvailability.class, "node availability", request.getAvailability())),
        request.getLabelsAddMap(),
        request.getLabelsRemoveList());
  }

  public static dev.warren.adapters.grpc.proto.UpdateNodeRequest toProto(
      dev.warren.domain.port.in.UpdateNodeRequest request) {
    var proto =
        dev.warren.adapters.grpc.proto.UpdateNodeRequest.newBuilder()
            .setId(request.id().value())
            .putAllLabelsAdd(request.labelsToAdd())
            .addAllLabelsRemove(request.labelsToRemove());
    request.availability().ifPresent(value -> proto.setAvailability(value.wireName()));
    return proto.build();
  }

  public static dev.warren.adapters.grpc.proto.NodeResources toProto(NodeResources resources) {
    return dev.warren.adapters.grpc.proto.NodeResources.newBuilder()
        .setCpuCores(resources.cpuCores())
        .setMemoryBytes(resources.memoryBytes())
        .setDiskBytes(resources.diskBytes())
        .build();
  }

  public static NodeResources toDomain(dev.warren.adapters.grpc.proto.NodeResources proto) {
    return new NodeResources(proto.getCpuCores(), proto.getMemoryBytes(), proto.getDiskBytes());
  }

  /** A registration; the role is required, absent resources are none. */
  public static RegisterNodeRequest toDomain(
      dev.warren.adapters.grpc.proto.RegisterNodeRequest request) {
    NodeId id = nodeId(request.getId());
    if (request.getRole().isEmpty()) {
      throw new InvalidSpecException("node role is required");
    }
    return new RegisterNodeRequest(
        id,
        WireEnum.parse(NodeRole.class, "node role", request.getRole()),
        request.getAddress(),
        request.hasResources() ? toDomain(request.getResources()) : NodeResources.NONE,
        request.getLabelsMap());
  }

  public static dev.warren.adapters.grpc.proto.RegisterNodeRequest toProto(
      RegisterNodeRequest request) {
    return dev.warren.adapters.grpc.proto.RegisterNodeRequest.newBuilder()
        .setId(request.id().value())
        .setRole(request.role().wireName())
        .setAddress(request.address())
        .setResources(toProto(request.resources()))
        .putAllLabels(request.labels())
        .build();
  }

  /** A heartbeat; absent available resources mean the node did not measure them. */
  public static RecordHeartbeatRequest toDomain(HeartbeatRequest request) {
    return new RecordHeartbeatRequest(
        nodeId(request.getNodeId()),
        request.hasAvailableResources()
            ? Optional.of(toDomain(request.getAvailableResources()))
            : Optional.empty(),
        request.getContainerStatusesList().stream().map(ContainerProtoMapper::toDomain).toList());
  }

  public static HeartbeatRequest toProto(RecordHeartbeatRequest request) {
    var proto =
        HeartbeatRequest.newBuilder()
            .setNodeId(request.nodeId().value())
            .addAllContainerStatuses(
                request.containerStatuses().stream().map(ContainerProtoMapper::toProto).toList());
    request
        .availableResources()
        .ifPresent(resources -> proto.setAvailableResources(toProto(resources)));
    return proto.build();
  }

  /** ListNodes asks for one role by its wire name, or for all with "". */
  public static dev.warren.domain.port.in.ListNodesRequest toDomain(ListNodesRequest request) {
    Optional<NodeRole> role =
        request.getRoleFilter().isEmpty()
            ? Optional.empty()
            : Optional.of(WireEnum.parse(NodeRole.class, "role filter", request.getRoleFilter()));
    return new dev.warren.domain.port.in.ListNodesRequest(
        role, ReadConsistencyInterceptor.current());
  }

  public static ListNodesRequest toProto(dev.warren.domain.port.in.ListNodesRequest request) {
    return ListNodesRequest.newBuilder()
        .setRoleFilter(request.role().map(NodeRole::wireName).orElse(""))
        .build();
  }
}
