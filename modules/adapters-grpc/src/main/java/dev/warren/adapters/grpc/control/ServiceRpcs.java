package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.control.ServerRpc.read;
import static dev.warren.adapters.grpc.control.ServerRpc.write;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateServiceMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteServiceMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetServiceMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListServicesMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getRollbackServiceMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateServiceImageMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateServiceMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.mapping.RolloutProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceRequestProtoMapper;
import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.adapters.grpc.proto.CreateServiceResponse;
import dev.warren.adapters.grpc.proto.DeleteServiceRequest;
import dev.warren.adapters.grpc.proto.DeleteServiceResponse;
import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.GetServiceResponse;
import dev.warren.adapters.grpc.proto.ListServicesRequest;
import dev.warren.adapters.grpc.proto.ListServicesResponse;
import dev.warren.adapters.grpc.proto.RollbackServiceRequest;
import dev.warren.adapters.grpc.proto.RollbackServiceResponse;
import dev.warren.adapters.grpc.proto.UpdateServiceImageRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceImageResponse;
import dev.warren.adapters.grpc.proto.UpdateServiceRequest;
import dev.warren.adapters.grpc.proto.UpdateServiceResponse;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.ServiceUseCases;
import java.util.List;

/**
 * The service RPCs, rollouts included. UpdateServiceImage and RollbackService answer with Warren
 * v1.6's status strings, which clients may compare: the rollout is recorded (committed) when they
 * answer, and the deployer carries it out afterwards.
 */
public record ServiceRpcs(ServiceUseCases useCases) {
  /** Warren v1.6's answer to UpdateServiceImage. */
  static final String ROLLOUT_STARTED_STATUS = "deployment initiated";

  /** Warren v1.6's answer to RollbackService. */
  static final String ROLLED_BACK_STATUS = "rollback completed";

  public List<ServerRpc<?, ?>> declare() {
    return List.of(
        write(getCreateServiceMethod(), administrators(), this::create),
        read(getGetServiceMethod(), anyMember(), this::get),
        read(getListServicesMethod(), anyMember(), this::list),
        write(getUpdateServiceMethod(), administrators(), this::update),
        write(getDeleteServiceMethod(), administrators(), this::delete),
        write(getUpdateServiceImageMethod(), administrators(), this::updateImage),
        write(getRollbackServiceMethod(), administrators(), this::rollback));
  }

  private CreateServiceResponse create(CreateServiceRequest request) {
    var spec = ServiceProtoMapper.toSpec(request);
    Service created =
        useCases.create().create(new dev.warren.domain.port.in.CreateServiceRequest(spec));
    return CreateServiceResponse.newBuilder()
        .setService(ServiceProtoMapper.toProto(created))
        .build();
  }

  private GetServiceResponse get(GetServiceRequest request) {
    var ref = ServiceRequestProtoMapper.toRef(request);
    Service found =
        useCases
            .get()
            .get(
                new dev.warren.domain.port.in.GetServiceRequest(
                    ref, ReadConsistencyInterceptor.current()));
    return GetServiceResponse.newBuilder().setService(ServiceProtoMapper.toProto(found)).build();
  }

  private ListServicesResponse list(ListServicesRequest request) {
    List<Service> services =
        useCases
            .list()
            .list(
                new dev.warren.domain.port.in.ListServicesRequest(
                    ReadConsistencyInterceptor.current()));
    return ListServicesResponse.newBuilder()
        .addAllServices(services.stream().map(ServiceProtoMapper::toProto).toList())
        .build();
  }

  private UpdateServiceResponse update(UpdateServiceRequest request) {
    Service updated = useCases.update().update(ServiceRequestProtoMapper.toDomain(request));
    return UpdateServiceResponse.newBuilder()
        .setService(ServiceProtoMapper.toProto(updated))
        .build();
  }

  private DeleteServiceResponse delete(DeleteServiceRequest request) {
    var id = ServiceRequestProtoMapper.serviceId(request.getId());
    useCases.delete().delete(new dev.warren.domain.port.in.DeleteServiceRequest(id));
    return DeleteServiceResponse.newBuilder().setStatus(Statuses.OK).build();
  }

  private UpdateServiceImageResponse updateImage(UpdateServiceImageRequest request) {
    useCases.updateImage().updateImage(RolloutProtoMapper.toDomain(request));
    return UpdateServiceImageResponse.newBuilder().setStatus(ROLLOUT_STARTED_STATUS).build();
  }

  private RollbackServiceResponse rollback(RollbackServiceRequest request) {
    useCases.rollback().rollback(RolloutProtoMapper.toDomain(request));
    return RollbackServiceResponse.newBuilder().setStatus(ROLLED_BACK_STATUS).build();
  }
}
