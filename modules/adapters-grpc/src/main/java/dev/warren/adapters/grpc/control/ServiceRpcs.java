package dev.warren.adapters.grpc.control;

import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getCreateServiceMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getDeleteServiceMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getGetServiceMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getListServicesMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getRollbackServiceMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateServiceImageMethod;
import static dev.warren.adapters.grpc.proto.WarrenAPIGrpc.getUpdateServiceMethod;
import static dev.warren.domain.model.security.AccessRule.administrators;
import static dev.warren.domain.model.security.AccessRule.anyMember;

import dev.warren.adapters.grpc.mapping.RolloutProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceProtoMapper;
import dev.warren.adapters.grpc.mapping.ServiceRequestProtoMapper;
import dev.warren.adapters.grpc.proto.CreateServiceResponse;
import dev.warren.adapters.grpc.proto.DeleteServiceResponse;
import dev.warren.adapters.grpc.proto.GetServiceResponse;
import dev.warren.adapters.grpc.proto.ListServicesResponse;
import dev.warren.adapters.grpc.proto.RollbackServiceResponse;
import dev.warren.adapters.grpc.proto.UpdateServiceImageResponse;
import dev.warren.adapters.grpc.proto.UpdateServiceResponse;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ServiceUseCases;
import java.util.List;

/**
 * The service RPCs, rollouts included. UpdateServiceImage and RollbackService answer with Warren
 * v1.6's status strings, which clients may compare: the rollout is recorded (committed) when they
 * answer, and the deployer carries it out afterwards.
 */
public final class ServiceRpcs {
  /** Warren v1.6's answer to UpdateServiceImage. */
  static final String ROLLOUT_STARTED_STATUS = "deployment initiated";

  /** Warren v1.6's answer to RollbackService. */
  static final String ROLLED_BACK_STATUS = "rollback completed";

  private ServiceRpcs() {}

  public static List<ServerRpc<?, ?>> declare(ServiceUseCases useCases) {
    return List.of(
        ServerRpc.write(
            getCreateServiceMethod(),
            administrators(),
            request ->
                CreateServiceResponse.newBuilder()
                    .setService(
                        ServiceProtoMapper.toProto(
                            useCases
                                .create()
                                .create(
                                    new CreateServiceRequest(ServiceProtoMapper.toSpec(request)))))
                    .build()),
        ServerRpc.read(
            getGetServiceMethod(),
            anyMember(),
            request ->
                GetServiceResponse.newBuilder()
                    .setService(
                        ServiceProtoMapper.toProto(
                            useCases
                                .get()
                                .get(
                                    new GetServiceRequest(
                                        ServiceRequestProtoMapper.toRef(request),
                                        ReadConsistency.LINEARIZABLE))))
                    .build()),
        ServerRpc.read(
            getListServicesMethod(),
            anyMember(),
            request ->
                ListServicesResponse.newBuilder()
                    .addAllServices(
                        useCases
                            .list()
                            .list(new ListServicesRequest(ReadConsistency.LINEARIZABLE))
                            .stream()
                            .map(ServiceProtoMapper::toProto)
                            .toList())
                    .build()),
        ServerRpc.write(
            getUpdateServiceMethod(),
            administrators(),
            request ->
                UpdateServiceResponse.newBuilder()
                    .setService(
                        ServiceProtoMapper.toProto(
                            useCases.update().update(ServiceRequestProtoMapper.toDomain(request))))
                    .build()),
        ServerRpc.write(
            getDeleteServiceMethod(),
            administrators(),
            request -> {
              useCases
                  .delete()
                  .delete(
                      new DeleteServiceRequest(
                          ServiceRequestProtoMapper.serviceId(request.getId())));
              return DeleteServiceResponse.newBuilder().setStatus(Statuses.OK).build();
            }),
        ServerRpc.write(
            getUpdateServiceImageMethod(),
            administrators(),
            request -> {
              useCases.updateImage().updateImage(RolloutProtoMapper.toDomain(request));
              return UpdateServiceImageResponse.newBuilder()
                  .setStatus(ROLLOUT_STARTED_STATUS)
                  .build();
            }),
        ServerRpc.write(
            getRollbackServiceMethod(),
            administrators(),
            request -> {
              useCases.rollback().rollback(RolloutProtoMapper.toDomain(request));
              return RollbackServiceResponse.newBuilder().setStatus(ROLLED_BACK_STATUS).build();
            }));
  }
}
