package dev.warren.adapters.grpc.mapping;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import java.util.Optional;

/**
 * UpdateServiceImage and RollbackService requests to and from warren.v1 messages. Proto3 defaults:
 * strategy "" and an absent update_config mean the service's own.
 *
 * <p>All methods throw {@link InvalidSpecException}, naming the field, on a bad message.
 */
public final class RolloutProtoMapper {
  private RolloutProtoMapper() {}

  public static UpdateServiceImageRequest toDomain(
      dev.warren.adapters.grpc.proto.UpdateServiceImageRequest proto) {
    return new UpdateServiceImageRequest(
        ServiceRequestProtoMapper.serviceId(proto.getId()),
        proto.getImage(),
        proto.getStrategy().isEmpty()
            ? Optional.empty()
            : Optional.of(WireEnum.parse(DeployStrategy.class, "strategy", proto.getStrategy())),
        proto.hasUpdateConfig()
            ? Optional.of(SpecPartsProtoMapper.toDomain(proto.getUpdateConfig()))
            : Optional.empty());
  }

  public static dev.warren.adapters.grpc.proto.UpdateServiceImageRequest toProto(
      UpdateServiceImageRequest request) {
    var proto =
        dev.warren.adapters.grpc.proto.UpdateServiceImageRequest.newBuilder()
            .setId(request.id().value())
            .setImage(request.image());
    request.strategy().ifPresent(strategy -> proto.setStrategy(strategy.wireName()));
    request
        .updateConfig()
        .ifPresent(config -> proto.setUpdateConfig(SpecPartsProtoMapper.toProto(config)));
    return proto.build();
  }

  public static RollbackServiceRequest toDomain(
      dev.warren.adapters.grpc.proto.RollbackServiceRequest proto) {
    return new RollbackServiceRequest(ServiceRequestProtoMapper.serviceId(proto.getId()));
  }

  public static dev.warren.adapters.grpc.proto.RollbackServiceRequest toProto(
      RollbackServiceRequest request) {
    return dev.warren.adapters.grpc.proto.RollbackServiceRequest.newBuilder()
        .setId(request.id().value())
        .build();
  }
}
