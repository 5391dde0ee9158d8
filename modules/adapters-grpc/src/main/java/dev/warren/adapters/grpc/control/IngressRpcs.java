package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateIngressMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteIngressMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetIngressMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListIngressesMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateIngressMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.mapping.IngressProtoMapper;
import dev.warren.adapters.grpc.proto.CreateIngressResponse;
import dev.warren.adapters.grpc.proto.DeleteIngressResponse;
import dev.warren.adapters.grpc.proto.GetIngressResponse;
import dev.warren.adapters.grpc.proto.ListIngressesResponse;
import dev.warren.adapters.grpc.proto.UpdateIngressResponse;
import dev.warren.domain.port.in.DeleteIngressRequest;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.IngressUseCases;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import java.util.List;

/** The ingress RPCs; an ingress is named by id or by name. */
public final class IngressRpcs {
  private IngressRpcs() {}

  public static List<ServerRpc<?, ?>> declare(IngressUseCases useCases) {
    return List.of(
        ServerRpc.write(
            getCreateIngressMethod(),
            administrators(),
            request -> {
              var created = useCases.create().create(IngressProtoMapper.toDomain(request));
              return CreateIngressResponse.newBuilder()
                  .setIngress(IngressProtoMapper.toProto(created))
                  .build();
            }),
        ServerRpc.write(
            getUpdateIngressMethod(),
            administrators(),
            request -> {
              var updated = useCases.update().update(IngressProtoMapper.toDomain(request));
              return UpdateIngressResponse.newBuilder()
                  .setIngress(IngressProtoMapper.toProto(updated))
                  .build();
            }),
        ServerRpc.write(
            getDeleteIngressMethod(),
            administrators(),
            request -> {
              useCases
                  .delete()
                  .delete(
                      new DeleteIngressRequest(IngressRef.of(request.getId(), request.getName())));
              return DeleteIngressResponse.newBuilder().setStatus(Statuses.DELETED).build();
            }),
        ServerRpc.read(
            getGetIngressMethod(),
            anyMember(),
            request -> {
              var found =
                  useCases
                      .get()
                      .get(
                          new GetIngressRequest(
                              IngressRef.of(request.getId(), request.getName()),
                              ReadConsistency.LINEARIZABLE));
              return GetIngressResponse.newBuilder()
                  .setIngress(IngressProtoMapper.toProto(found))
                  .build();
            }),
        ServerRpc.read(
            getListIngressesMethod(),
            anyMember(),
            request -> {
              var ingresses =
                  useCases.list().list(new ListIngressesRequest(ReadConsistency.LINEARIZABLE));
              return ListIngressesResponse.newBuilder()
                  .addAllIngresses(ingresses.stream().map(IngressProtoMapper::toProto).toList())
                  .build();
            }));
  }
}
