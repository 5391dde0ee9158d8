package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.proto.CreateServiceRequest;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.PlacementConstraint;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.shared.WireEnum;
import java.util.List;
import java.util.Optional;

/**
 * Services and their specs to and from warren.v1 messages. Every field round-trips. Proto3
 * defaults: mode "" is replicated, deploy_strategy "" is rolling, an absent update_config,
 * restart_policy or resources is the domain default, an absent health_check is none, stop_timeout 0
 * is 10 seconds (so a spec's explicit 0 comes back as 10), protocol "" is tcp. Unknown enum
 * spellings are rejected.
 *
 * <p>All methods throw {@link dev.warren.domain.error.InvalidSpecException}, naming the field, when
 * a message does not make a valid domain value.
 */
public final class ServiceProtoMapper {
  private ServiceProtoMapper() {}

  /** The spec a CreateService request asks for, with proto3's unset fields as defaults. */
  public static ServiceSpec toSpec(CreateServiceRequest request) {
    return new ServiceSpec(
        request.getName(),
        request.getImage(),
        request.getReplicas(),
        WireEnum.parseOr(ServiceMode.class, "mode", request.getMode(), ServiceMode.REPLICATED),
        WireEnum.parseOr(
            DeployStrategy.class,
            "deploy strategy",
            request.getDeployStrategy(),
            DeployStrategy.ROLLING),
        request.hasUpdateConfig()
            ? SpecPartsProtoMapper.toDomain(request.getUpdateConfig())
            : UpdateConfig.DEFAULT,
        request.hasHealthCheck()
            ? Optional.of(SpecPartsProtoMapper.toDomain(request.getHealthCheck()))
            : Optional.empty(),
        request.hasRestartPolicy()
            ? SpecPartsProtoMapper.toDomain(request.getRestartPolicy())
            : RestartPolicy.DEFAULT,
        request.hasResources()
            ? SpecPartsProtoMapper.toDomain(request.getResources())
            : Resources.UNLIMITED,
        request.getNetworksList(),
        request.getVolumesList().stream().map(SpecPartsProtoMapper::toDomain).toList(),
        request.getEnvMap(),
        request.getCommandList(),
        request.getPortsList().stream().map(SpecPartsProtoMapper::toDomain).toList(),
        request.getStopTimeout() == 0
            ? ServiceSpec.DEFAULT_STOP_TIMEOUT_SECONDS
            : request.getStopTimeout(),
        PlacementSpec.parse(request.getConstraintsList(), request.getPlacementPreferencesList()));
  }

  /** The CreateService request that asks for exactly {@code spec}. */
  public static CreateServiceRequest toCreateRequest(ServiceSpec spec) {
    var request =
        CreateServiceRequest.newBuilder()
            .setName(spec.name())
            .setImage(spec.image())
            .setReplicas(spec.replicas())
            .setMode(spec.mode().wireName())
            .setDeployStrategy(spec.deployStrategy().wireName())
            .setUpdateConfig(SpecPartsProtoMapper.toProto(spec.updateConfig()))
            .setRestartPolicy(SpecPartsProtoMapper.toProto(spec.restartPolicy()))
            .setResources(SpecPartsProtoMapper.toProto(spec.resources()))
            .addAllNetworks(spec.networks())
            .addAllVolumes(spec.volumes().stream().map(SpecPartsProtoMapper::toProto).toList())
            .putAllEnv(spec.env())
            .addAllCommand(spec.command())
            .addAllPorts(spec.ports().stream().map(SpecPartsProtoMapper::toProto).toList())
            .setStopTimeout(spec.stopTimeoutSeconds())
            .addAllConstraints(constraints(spec))
            .addAllPlacementPreferences(spec.placement().preferences());
    spec.healthCheck()
        .ifPresent(check -> request.setHealthCheck(SpecPartsProtoMapper.toProto(check)));
    return request.build();
  }

  /**
   * The wire form of a stored service; the previous spec is not part of warren.v1. Filled straight
   * from the domain value (the same fields as {@link #toCreateRequest}): it runs on every
   * GetService and once per service in ListServices.
   */
  public static dev.warren.adapters.grpc.proto.Service toProto(Service service) {
    ServiceSpec spec = service.spec();
    var proto =
        dev.warren.adapters.grpc.proto.Service.newBuilder()
            .setId(service.id().value())
            .setName(spec.name())
            .setImage(spec.image())
            .setReplicas(spec.replicas())
            .setMode(spec.mode().wireName())
            .setDeployStrategy(spec.deployStrategy().wireName())
            .setUpdateConfig(SpecPartsProtoMapper.toProto(spec.updateConfig()))
            .setRestartPolicy(SpecPartsProtoMapper.toProto(spec.restartPolicy()))
            .setResources(SpecPartsProtoMapper.toProto(spec.resources()))
            .addAllNetworks(spec.networks())
            .putAllEnv(spec.env())
            .addAllCommand(spec.command())
            .setCreatedAt(TimestampProtoMapper.toProto(service.createdAt()))
            .setUpdatedAt(TimestampProtoMapper.toProto(service.updatedAt()))
            .setStopTimeout(spec.stopTimeoutSeconds())
            .setVersion(service.version().value())
            .addAllConstraints(constraints(spec))
            .addAllPlacementPreferences(spec.placement().preferences());
    for (var volume : spec.volumes()) {
      proto.addVolumes(SpecPartsProtoMapper.toProto(volume));
    }
    for (var port : spec.ports()) {
      proto.addPorts(SpecPartsProtoMapper.toProto(port));
    }
    spec.healthCheck()
        .ifPresent(check -> proto.setHealthCheck(SpecPartsProtoMapper.toProto(check)));
    return proto.build();
  }

  /**
   * A service as a manager sent it. The previous spec does not travel, so it is always empty. A
   * server that predates the version field (Warren itself) sends 0, read as the first version.
   */
  public static Service toDomain(dev.warren.adapters.grpc.proto.Service proto) {
    return new Service(
        ServiceRequestProtoMapper.serviceId(proto.getId()),
        toSpec(specOf(proto)),
        Optional.empty(),
        proto.getVersion() == 0 ? Version.initial() : new Version(proto.getVersion()),
        TimestampProtoMapper.toInstant(proto.getCreatedAt()),
        TimestampProtoMapper.toInstant(proto.getUpdatedAt()));
  }

  /** The constraints as written ({@code node.labels.disk==ssd}). */
  static List<String> constraints(ServiceSpec spec) {
    return spec.placement().constraints().stream().map(PlacementConstraint::toString).toList();
  }

  private static CreateServiceRequest specOf(dev.warren.adapters.grpc.proto.Service service) {
    var spec =
        CreateServiceRequest.newBuilder()
            .setName(service.getName())
            .setImage(service.getImage())
            .setReplicas(service.getReplicas())
            .setMode(service.getMode())
            .setDeployStrategy(service.getDeployStrategy())
            .addAllNetworks(service.getNetworksList())
            .addAllVolumes(service.getVolumesList())
            .putAllEnv(service.getEnvMap())
            .addAllCommand(service.getCommandList())
            .addAllPorts(service.getPortsList())
            .setStopTimeout(service.getStopTimeout())
            .addAllConstraints(service.getConstraintsList())
            .addAllPlacementPreferences(service.getPlacementPreferencesList());
    if (service.hasUpdateConfig()) {
      spec.setUpdateConfig(service.getUpdateConfig());
    }
    if (service.hasHealthCheck()) {
      spec.setHealthCheck(service.getHealthCheck());
    }
    if (service.hasRestartPolicy()) {
      spec.setRestartPolicy(service.getRestartPolicy());
    }
    if (service.hasResources()) {
      spec.setResources(service.getResources());
    }
    return spec.build();
  }
}
