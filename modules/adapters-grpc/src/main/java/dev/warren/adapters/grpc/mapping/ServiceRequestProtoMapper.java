package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.GetServiceRequest;
import dev.warren.adapters.grpc.proto.PlacementUpdate;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.PlacementConstraint;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.util.Map;
import java.util.Optional;

/**
 * How service RPCs name a service and what an UpdateService request changes.
 *
 * <p>UpdateService on the wire: image "" and an empty env leave those unchanged; replicas set means
 * "scale to it", 0 included. A client built from Warren's proto cannot send replicas 0 (proto3
 * omits zero), so a request without replicas that changes nothing else means scale to zero.
 *
 * <p>All methods throw {@link InvalidSpecException}, naming the field, on a bad message.
 */
public final class ServiceRequestProtoMapper {
  private ServiceRequestProtoMapper() {}

  /** A service id from the wire, where "" means the caller gave none. */
  public static ServiceId serviceId(String id) {
    return WireIds.required("service", id, ServiceId::of);
  }

  /** GetService names a service by id, else by name. */
  public static ServiceRef toRef(GetServiceRequest request) {
    if (!request.getId().isEmpty()) {
      return new ServiceRef.ById(serviceId(request.getId()));
    }
    if (!request.getName().isEmpty()) {
      return new ServiceRef.ByName(request.getName());
    }
    throw new InvalidSpecException("service id or name is required");
  }

  public static GetServiceRequest toProto(ServiceRef ref) {
    return switch (ref) {
      case ServiceRef.ById byId -> GetServiceRequest.newBuilder().setId(byId.id().value()).build();
      case ServiceRef.ByName byName ->
          GetServiceRequest.newBuilder().setName(byName.name()).build();
    };
  }

  /** What an UpdateService request changes, with the scale-to-zero rule described above. */
  public static UpdateServiceRequest toDomain(
      dev.warren.adapters.grpc.proto.UpdateServiceRequest request) {
    boolean changesImage = !request.getImage().isEmpty();
    boolean changesEnv = request.getEnvCount() > 0;
    boolean changesScheduling =
        request.hasPlacement() || request.hasRestartPolicy() || request.hasResources();
    Optional<Integer> replicas;
    if (request.hasReplicas()) {
      replicas = Optional.of(request.getReplicas());
    } else if (!changesImage && !changesEnv && !changesScheduling) {
      replicas = Optional.of(0);
    } else {
      replicas = Optional.empty();
    }
    return new UpdateServiceRequest(
        serviceId(request.getId()),
        replicas,
        changesImage ? Optional.of(request.getImage()) : Optional.empty(),
        changesEnv ? Optional.of(Map.copyOf(request.getEnvMap())) : Optional.empty(),
        request.hasExpectedVersion() ? Optional.of(request.getExpectedVersion()) : Optional.empty(),
        request.hasPlacement()
            ? Optional.of(
                PlacementSpec.parse(
                    request.getPlacement().getConstraintsList(),
                    request.getPlacement().getPlacementPreferencesList()))
            : Optional.empty(),
        request.hasRestartPolicy()
            ? Optional.of(SpecPartsProtoMapper.toDomain(request.getRestartPolicy()))
            : Optional.empty(),
        request.hasResources()
            ? Optional.of(SpecPartsProtoMapper.toDomain(request.getResources()))
            : Optional.empty());
  }

  /**
   * The UpdateService message for {@code request}; replicas is sent only when the request has it.
   * Rejects what the wire cannot say: an update that changes nothing (it would read as scale to
   * zero), an empty image and an empty env (both read as "unchanged").
   */
  public static dev.warren.adapters.grpc.proto.UpdateServiceRequest toProto(
      UpdateServiceRequest request) {
    if (request.replicas().isEmpty()
        && request.image().isEmpty()
        && request.env().isEmpty()
        && !request.changesScheduling()) {
      throw new InvalidSpecException(
          "update of service "
              + request.id()
              + " changes nothing: give replicas, image, env, placement, restart policy or"
              + " resources");
    }
    var proto =
        dev.warren.adapters.grpc.proto.UpdateServiceRequest.newBuilder()
            .setId(request.id().value());
    request.replicas().ifPresent(proto::setReplicas);
    request.image().ifPresent(image -> proto.setImage(Checks.notBlank("image", image)));
    request
        .env()
        .ifPresent(
            env -> {
              if (env.isEmpty()) {
                throw new InvalidSpecException(
                    "env cannot be cleared by an update: an empty env means unchanged");
              }
              proto.putAllEnv(env);
            });
    request.expectedVersion().ifPresent(proto::setExpectedVersion);
    request
        .placement()
        .ifPresent(
            placement ->
                proto.setPlacement(
                    PlacementUpdate.newBuilder()
                        .addAllConstraints(
                            placement.constraints().stream()
                                .map(PlacementConstraint::toString)
                                .toList())
                        .addAllPlacementPreferences(placement.preferences())));
    request
        .restartPolicy()
        .ifPresent(policy -> proto.setRestartPolicy(SpecPartsProtoMapper.toProto(policy)));
    request
        .resources()
        .ifPresent(resources -> proto.setResources(SpecPartsProtoMapper.toProto(resources)));
    return proto.build();
  }
}
