package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateIngressMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteIngressMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetIngressMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListIngressesMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateIngressMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.mapping.IngressProtoMapper;
import dev.warren.adapters.grpc.proto.CreateIngressRequest;
import dev.warren.adapters.grpc.proto.CreateIngressResponse;
import dev.warren.adapters.grpc.proto.DeleteIngressRequest;
import dev.warren.adapters.grpc.proto.DeleteIngressResponse;
import dev.warren.adapters.grpc.proto.GetIngressRequest;
import dev.warren.adapters.grpc.proto.GetIngressResponse;
import dev.warren.adapters.grpc.proto.ListIngressesRequest;
import dev.warren.adapters.grpc.proto.ListIngressesResponse;
import dev.warren.adapters.grpc.proto.UpdateIngressRequest;
import dev.warren.adapters.grpc.proto.UpdateIngressResponse;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.IngressUseCases;
import java.util.List;

/** The ingress RPCs; an ingress is named by id or by name. */
public record IngressRpcs(IngressUseCases useCases) {

  public List<ServerRpc<?, ?>> declare() {
    return List.of(
        write(getCreateIngressMethod(), administrators(), this::create),
        write(getUpdateIngressMethod(), administrators(), this::update),
        write(getDeleteIngressMethod(), administrators(), this::delete),
        read(getGetIngressMethod(), anyMember(), this::get),
        read(getListIngressesMethod(), anyMember(), this::list));
  }

  private CreateIngressResponse create(CreateIngressRequest request) {
    Ingress created = useCases.create().create(IngressProtoMapper.toDomain(request));
    return CreateIngressResponse.newBuilder()
        .setIngress(IngressProtoMapper.toProto(created))
        .build();
  }

  private UpdateIngressResponse update(UpdateIngressRequest request) {
    Ingress updated = useCases.update().update(IngressProtoMapper.toDomain(request));
    return UpdateIngressResponse.newBuilder()
        .setIngress(IngressProtoMapper.toProto(updated))
        .build();
  }

  private DeleteIngressResponse delete(DeleteIngressRequest request) {
    var ref = IngressRef.of(request.getId(), request.getName());
    useCases.delete().delete(new dev.warren.domain.port.in.DeleteIngressRequest(ref));
    return DeleteIngressResponse.newBuilder().setStatus(Statuses.DELETED).build();
  }

  private GetIngressResponse get(GetIngressRequest request) {
    var ref = IngressRef.of(request.getId(), request.getName());
    Ingress found =
        useCases
            .get()
            .get(
                new dev.warren.domain.port.in.GetIngressRequest(
                    ref, ReadConsistencyInterceptor.current()));
    return GetIngressResponse.newBuilder().setIngress(IngressProtoMapper.toProto(found)).build();
  }

  private ListIngressesResponse list(ListIngressesRequest request) {
    List<Ingress> ingresses =
        useCases
            .list()
            .list(
                new dev.warren.domain.port.in.ListIngressesRequest(
                    ReadConsistencyInterceptor.current()));
    return ListIngressesResponse.newBuilder()
        .addAllIngresses(ingresses.stream().map(IngressProtoMapper::toProto).toList())
        .build();
  }
}
