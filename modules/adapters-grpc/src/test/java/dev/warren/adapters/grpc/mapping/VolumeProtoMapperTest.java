package dev.warren.adapters.grpc.mapping;

import static dev.warren.adapters.grpc.mapping.InvalidMessages.assertInvalid;
import static dev.warren.adapters.grpc.mapping.RoundTrips.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import dev.warren.adapters.grpc.proto.CreateVolumeRequest;
import dev.warren.adapters.grpc.proto.GetVolumeByNameRequest;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VolumeProtoMapperTest {
  private static final Instant CREATED = Instant.parse("2026-11-25T10:15:30.123456789Z");

  private static final Volume BOUND =
      new Volume(
          VolumeId.of("vol-1"),
          "data",
          "local",
          Map.of("size", "10G", "type", "ext4"),
          Map.of("team", "storage"),
          CREATED,
          Optional.of(NodeId.of("node-1")),
          "/var/lib/warren/volumes/data");

  @Test
  void everyFieldMapsToItsNumberedProtoField() {
    var proto = VolumeProtoMapper.toProto(BOUND);

    assertThat(proto)
        .isEqualTo(
            dev.warren.adapters.grpc.proto.Volume.newBuilder()
                .setId("vol-1")
                .setName("data")
                .setDriver("local")
                .putDriverOpts("size", "10G")
                .putDriverOpts("type", "ext4")
                .putLabels("team", "storage")
                .setCreatedAt(
                    Timestamp.newBuilder().setSeconds(CREATED.getEpochSecond()).setNanos(123456789))
                .setNodeId("node-1")
                .setMountPath("/var/lib/warren/volumes/data")
                .build());
    assertThat(VolumeProtoMapper.toDomain(proto)).isEqualTo(BOUND);
  }

  @Test
  void aVolumeWithoutANodeHasAnEmptyNodeIdOnTheWire() {
    var unbound =
        new Volume(
            VolumeId.of("vol-2"),
            "cache",
            "local",
            Map.of(),
            Map.of(),
            CREATED,
            Optional.empty(),
            "");

    var proto = VolumeProtoMapper.toProto(unbound);

    assertThat(proto.getNodeId()).isEmpty();
    assertThat(proto.getMountPath()).isEmpty();
    assertThat(VolumeProtoMapper.toDomain(proto)).isEqualTo(unbound);
  }

  @Test
  void createRequestMapsEveryFieldBothWays() {
    var request =
        new dev.warren.domain.port.in.CreateVolumeRequest(
            "data", "local", Map.of("size", "1g"), Map.of("team", "db"));

    CreateVolumeRequest proto =
        roundTrip(request, VolumeProtoMapper::toProto, VolumeProtoMapper::toDomain);

    assertThat(proto)
        .isEqualTo(
            CreateVolumeRequest.newBuilder()
                .setName("data")
                .setDriver("local")
                .putDriverOpts("size", "1g")
                .putLabels("team", "db")
                .build());
  }

  @Test
  void anEmptyDriverIsLocalAndAnUnknownOneIsInvalid() {
    var noDriver = CreateVolumeRequest.newBuilder().setName("data").build();
    var nfs = CreateVolumeRequest.newBuilder().setName("data").setDriver("nfs").build();

    assertThat(VolumeProtoMapper.toDomain(noDriver).driver()).isEqualTo("local");
    assertInvalid(() -> VolumeProtoMapper.toDomain(nfs))
        .hasMessage("volume driver 'nfs' is not supported: use local");
  }

  @Test
  void getByNameIsLinearizableAndEmptyIdsAndNamesAreInvalid() {
    var request =
        new dev.warren.domain.port.in.GetVolumeByNameRequest("data", ReadConsistency.LINEARIZABLE);

    assertThat(VolumeProtoMapper.toDomain(VolumeProtoMapper.toProto(request))).isEqualTo(request);
    assertInvalid(() -> VolumeProtoMapper.toDomain(GetVolumeByNameRequest.getDefaultInstance()))
        .hasMessage("volume name is required");
    assertInvalid(() -> VolumeProtoMapper.volumeId("")).hasMessage("volume id is required");
  }
}
