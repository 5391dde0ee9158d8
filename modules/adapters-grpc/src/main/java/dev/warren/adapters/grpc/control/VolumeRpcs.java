package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateVolumeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteVolumeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetVolumeByNameMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListVolumesMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.mapping.VolumeProtoMapper;
import dev.warren.adapters.grpc.proto.CreateVolumeResponse;
import dev.warren.adapters.grpc.proto.DeleteVolumeResponse;
import dev.warren.adapters.grpc.proto.GetVolumeByNameResponse;
import dev.warren.adapters.grpc.proto.ListVolumesResponse;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.VolumeUseCases;
import java.util.List;

/** The volume RPCs: named storage that services mount. */
public final class VolumeRpcs {
  private VolumeRpcs() {}

  public static List<ServerRpc<?, ?>> declare(VolumeUseCases useCases) {
    return List.of(
        ServerRpc.write(
            getCreateVolumeMethod(),
            administrators(),
            request -> {
              var created = useCases.create().create(VolumeProtoMapper.toDomain(request));
              return CreateVolumeResponse.newBuilder()
                  .setVolume(VolumeProtoMapper.toProto(created))
                  .build();
            }),
        ServerRpc.read(
            getGetVolumeByNameMethod(),
            anyMember(),
            request -> {
              var found = useCases.getByName().get(VolumeProtoMapper.toDomain(request));
              return GetVolumeByNameResponse.newBuilder()
                  .setVolume(VolumeProtoMapper.toProto(found))
                  .build();
            }),
        ServerRpc.read(
            getListVolumesMethod(),
            anyMember(),
            request -> {
              var volumes =
                  useCases.list().list(new ListVolumesRequest(ReadConsistency.LINEARIZABLE));
              return ListVolumesResponse.newBuilder()
                  .addAllVolumes(volumes.stream().map(VolumeProtoMapper::toProto).toList())
                  .build();
            }),
        ServerRpc.write(
            getDeleteVolumeMethod(),
            administrators(),
            request -> {
              useCases
                  .delete()
                  .delete(new DeleteVolumeRequest(VolumeProtoMapper.volumeId(request.getId())));
              return DeleteVolumeResponse.newBuilder().setStatus(Statuses.OK).build();
            }));
  }
}
