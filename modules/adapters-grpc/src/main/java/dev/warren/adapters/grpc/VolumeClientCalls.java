package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.mapping.VolumeProtoMapper;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import java.util.List;

/** The volume use cases over warren.v1, for {@link GrpcWarrenClient}. */
record VolumeClientCalls(StubCaller caller) {

  Volume create(CreateVolumeRequest request) {
    var message = VolumeProtoMapper.toProto(request);
    return VolumeProtoMapper.toDomain(caller.call(stub -> stub.createVolume(message)).getVolume());
  }

  Volume get(GetVolumeByNameRequest request) {
    var message = VolumeProtoMapper.toProto(request);
    return VolumeProtoMapper.toDomain(
        caller.call(stub -> stub.getVolumeByName(message)).getVolume());
  }

  List<Volume> list() {
    var listed =
        caller.call(
            stub ->
                stub.listVolumes(
                    dev.warren.adapters.grpc.proto.ListVolumesRequest.getDefaultInstance()));
    return listed.getVolumesList().stream().map(VolumeProtoMapper::toDomain).toList();
  }

  void delete(DeleteVolumeRequest request) {
    var message =
        dev.warren.adapters.grpc.proto.DeleteVolumeRequest.newBuilder()
            .setId(request.id().value())
            .build();
    caller.call(stub -> stub.deleteVolume(message));
  }
}
