package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateVolumeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteVolumeMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetVolumeByNameMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListVolumesMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.mapping.VolumeProtoMapper;
import dev.warren.adapters.grpc.proto.CreateVolumeRequest;
import dev.warren.adapters.grpc.proto.CreateVolumeResponse;
import dev.warren.adapters.grpc.proto.DeleteVolumeRequest;
import dev.warren.adapters.grpc.proto.DeleteVolumeResponse;
import dev.warren.adapters.grpc.proto.GetVolumeByNameRequest;
import dev.warren.adapters.grpc.proto.GetVolumeByNameResponse;
import dev.warren.adapters.grpc.proto.ListVolumesRequest;
import dev.warren.adapters.grpc.proto.ListVolumesResponse;
import dev.warren.domain.port.in.VolumeUseCases;
import java.util.List;

/** The volume RPCs: named storage that services mount. */
public record VolumeRpcs(VolumeUseCases useCases) {

  public List<ServerRpc<?, ?>> declare() {
    return List.of(
        write(getCreateVolumeMethod(), administrators(), this::create),
        read(getGetVolumeByNameMethod(), anyMember(), this::getByName),
        read(getListVolumesMethod(), anyMember(), this::list),
        write(getDeleteVolumeMethod(), administrators(), this::delete));
  }

  private CreateVolumeResponse create(CreateVolumeRequest request) {
    var created = useCases.create().create(VolumeProtoMapper.toDomain(request));
    return CreateVolumeResponse.newBuilder().setVolume(VolumeProtoMapper.toProto(created)).build();
  }

  private GetVolumeByNameResponse getByName(GetVolumeByNameRequest request) {
    var found = useCases.getByName().get(VolumeProtoMapper.toDomain(request));
    return GetVolumeByNameResponse.newBuilder().setVolume(VolumeProtoMapper.toProto(found)).build();
  }

  private ListVolumesResponse list(ListVolumesRequest request) {
    var volumes =
        useCases
            .list()
            .list(
                new dev.warren.domain.port.in.ListVolumesRequest(
                    ReadConsistencyInterceptor.current()));
    return ListVolumesResponse.newBuilder()
        .addAllVolumes(volumes.stream().map(VolumeProtoMapper::toProto).toList())
        .build();
  }

  private DeleteVolumeResponse delete(DeleteVolumeRequest request) {
    useCases
        .delete()
        .delete(
            new dev.warren.domain.port.in.DeleteVolumeRequest(
                VolumeProtoMapper.volumeId(request.getId())));
    return DeleteVolumeResponse.newBuilder().setStatus(Statuses.OK).build();
  }
}
