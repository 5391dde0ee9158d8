package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.VolumeProtoMapper;
import dev.warren.adapters.grpc.proto.CreateVolumeRequest;
import dev.warren.adapters.grpc.proto.CreateVolumeResponse;
import dev.warren.adapters.grpc.proto.DeleteVolumeRequest;
import dev.warren.adapters.grpc.proto.DeleteVolumeResponse;
import dev.warren.adapters.grpc.proto.GetVolumeByNameRequest;
import dev.warren.adapters.grpc.proto.GetVolumeByNameResponse;
import dev.warren.adapters.grpc.proto.ListVolumesRequest;
import dev.warren.adapters.grpc.proto.ListVolumesResponse;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.in.ReadConsistency;

/**
 * The volume RPCs as blocking request-to-response functions over the use cases; failures are the
 * use cases' domain exceptions.
 */
final class VolumeCalls {
  private final CreateVolumeUseCase create;
  private final GetVolumeByNameUseCase getByName;
  private final ListVolumesUseCase list;
  private final DeleteVolumeUseCase delete;

  VolumeCalls(
      CreateVolumeUseCase create,
      GetVolumeByNameUseCase getByName,
      ListVolumesUseCase list,
      DeleteVolumeUseCase delete) {
    this.create = Checks.notNull("create volume use case", create);
    this.getByName = Checks.notNull("get volume by name use case", getByName);
    this.list = Checks.notNull("list volumes use case", list);
    this.delete = Checks.notNull("delete volume use case", delete);
  }

  CreateVolumeResponse create(CreateVolumeRequest request) {
    var created = create.create(VolumeProtoMapper.toDomain(request));
    return CreateVolumeResponse.newBuilder().setVolume(VolumeProtoMapper.toProto(created)).build();
  }

  GetVolumeByNameResponse getByName(GetVolumeByNameRequest request) {
    var found = getByName.get(VolumeProtoMapper.toDomain(request));
    return GetVolumeByNameResponse.newBuilder().setVolume(VolumeProtoMapper.toProto(found)).build();
  }

  ListVolumesResponse list(ListVolumesRequest request) {
    var volumes =
        list.list(new dev.warren.domain.port.in.ListVolumesRequest(ReadConsistency.LINEARIZABLE));
    return ListVolumesResponse.newBuilder()
        .addAllVolumes(volumes.stream().map(VolumeProtoMapper::toProto).toList())
        .build();
  }

  DeleteVolumeResponse delete(DeleteVolumeRequest request) {
    delete.delete(
        new dev.warren.domain.port.in.DeleteVolumeRequest(
            VolumeProtoMapper.volumeId(request.getId())));
    return DeleteVolumeResponse.newBuilder()
        .setStatus(WarrenApiGrpcEndpoint.DELETED_STATUS)
        .build();
  }
}
