package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.mapping.IngressProtoMapper;
import dev.warren.adapters.grpc.proto.CreateIngressRequest;
import dev.warren.adapters.grpc.proto.CreateIngressResponse;
import dev.warren.adapters.grpc.proto.DeleteIngressRequest;
import dev.warren.adapters.grpc.proto.DeleteIngressResponse;
import dev.warren.adapters.grpc.proto.GetIngressRequest;
import dev.warren.adapters.grpc.proto.GetIngressResponse;
import dev.warren.adapters.grpc.proto.ListIngressesResponse;
import dev.warren.adapters.grpc.proto.UpdateIngressRequest;
import dev.warren.adapters.grpc.proto.UpdateIngressResponse;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.CreateIngressUseCase;
import dev.warren.domain.port.in.DeleteIngressUseCase;
import dev.warren.domain.port.in.GetIngressUseCase;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ListIngressesRequest;
import dev.warren.domain.port.in.ListIngressesUseCase;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.UpdateIngressUseCase;

/**
 * The five ingress RPCs as plain calls: a proto request in, a proto response out, domain exceptions
 * thrown for {@link WarrenApiGrpcEndpoint} to map. Thread-safe if the use cases are.
 */
final class IngressRpcs {
  /** Warren answers DeleteIngress with this status string. */
  static final String DELETED_STATUS = "deleted";

  private final CreateIngressUseCase create;
  private final UpdateIngressUseCase update;
  private final DeleteIngressUseCase delete;
  private final GetIngressUseCase get;
  private final ListIngressesUseCase list;

  IngressRpcs(
      CreateIngressUseCase create,
      UpdateIngressUseCase update,
      DeleteIngressUseCase delete,
      GetIngressUseCase get,
      ListIngressesUseCase list) {
    this.create = Checks.notNull("create ingress use case", create);
    this.update = Checks.notNull("update ingress use case", update);
    this.delete = Checks.notNull("delete ingress use case", delete);
    this.get = Checks.notNull("get ingress use case", get);
    this.list = Checks.notNull("list ingresses use case", list);
  }

  CreateIngressResponse create(CreateIngressRequest request) {
    var created = create.create(IngressProtoMapper.toDomain(request));
    return CreateIngressResponse.newBuilder()
        .setIngress(IngressProtoMapper.toProto(created))
        .build();
  }

  UpdateIngressResponse update(UpdateIngressRequest request) {
    var updated = update.update(IngressProtoMapper.toDomain(request));
    return UpdateIngressResponse.newBuilder()
        .setIngress(IngressProtoMapper.toProto(updated))
        .build();
  }

  DeleteIngressResponse delete(DeleteIngressRequest request) {
    delete.delete(
        new dev.warren.domain.port.in.DeleteIngressRequest(
            IngressRef.of(request.getId(), request.getName())));
    return DeleteIngressResponse.newBuilder().setStatus(DELETED_STATUS).build();
  }

  GetIngressResponse get(GetIngressRequest request) {
    var found =
        get.get(
            new dev.warren.domain.port.in.GetIngressRequest(
                IngressRef.of(request.getId(), request.getName()), ReadConsistency.LINEARIZABLE));
    return GetIngressResponse.newBuilder().setIngress(IngressProtoMapper.toProto(found)).build();
  }

  ListIngressesResponse list() {
    var ingresses = list.list(new ListIngressesRequest(ReadConsistency.LINEARIZABLE));
    return ListIngressesResponse.newBuilder()
        .addAllIngresses(ingresses.stream().map(IngressProtoMapper::toProto).toList())
        .build();
  }
}
