package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import java.util.Optional;

/**
 * Volumes and their requests to and from warren.v1 messages; every field round-trips. Proto3
 * defaults: node_id "" is no node yet, driver "" in a CreateVolume request is {@code local}.
 *
 * <p>All methods throw {@link InvalidSpecException}, naming the field, when a message does not make
 * a valid domain value (an unknown driver included).
 */
public final class VolumeProtoMapper {
  private VolumeProtoMapper() {}

  /** A volume id from the wire, where "" means the caller gave none. */
  public static VolumeId volumeId(String id) {
    return WireIds.required("volume", id, VolumeId::of);
  }

  public static dev.warren.adapters.grpc.proto.Volume toProto(Volume volume) {
    return dev.warren.adapters.grpc.proto.Volume.newBuilder()
        .setId(volume.id().value())
        .setName(volume.name())
        .setDriver(volume.driver())
        .putAllDriverOpts(volume.driverOpts())
        .putAllLabels(volume.labels())
        .setCreatedAt(TimestampProtoMapper.toProto(volume.createdAt()))
        .setNodeId(volume.nodeId().map(NodeId::value).orElse(""))
        .setMountPath(volume.mountPath())
        .build();
  }

  public static Volume toDomain(dev.warren.adapters.grpc.proto.Volume proto) {
    return new Volume(
        volumeId(proto.getId()),
        proto.getName(),
        proto.getDriver(),
        proto.getDriverOptsMap(),
        proto.getLabelsMap(),
        TimestampProtoMapper.toInstant(proto.getCreatedAt()),
        proto.getNodeId().isEmpty() ? Optional.empty() : Optional.of(NodeId.of(proto.getNodeId())),
        proto.getMountPath());
  }

  public static CreateVolumeRequest toDomain(
      dev.warren.adapters.grpc.proto.CreateVolumeRequest proto) {
    return new CreateVolumeRequest(
        proto.getName(),
        proto.getDriver().isEmpty() ? Volume.LOCAL_DRIVER : proto.getDriver(),
        proto.getDriverOptsMap(),
        proto.getLabelsMap());
  }

  public static dev.warren.adapters.grpc.proto.CreateVolumeRequest toProto(
      CreateVolumeRequest request) {
    return dev.warren.adapters.grpc.proto.CreateVolumeRequest.newBuilder()
        .setName(request.name())
        .setDriver(request.driver())
        .putAllDriverOpts(request.driverOpts())
        .putAllLabels(request.labels())
        .build();
  }

  /** warren.v1 reads are linearizable: the wire has no way to ask for less. */
  public static GetVolumeByNameRequest toDomain(
      dev.warren.adapters.grpc.proto.GetVolumeByNameRequest proto) {
    return new GetVolumeByNameRequest(proto.getName(), ReadConsistencyInterceptor.current());
  }

  public static dev.warren.adapters.grpc.proto.GetVolumeByNameRequest toProto(
      GetVolumeByNameRequest request) {
    return dev.warren.adapters.grpc.proto.GetVolumeByNameRequest.newBuilder()
        .setName(request.name())
        .build();
  }
}
