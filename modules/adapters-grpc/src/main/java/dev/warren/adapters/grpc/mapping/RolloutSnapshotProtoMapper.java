package dev.warren.adapters.grpc.mapping;

import dev.warren.adapters.grpc.rollouts.proto.GetRolloutResponse;
import dev.warren.adapters.grpc.rollouts.proto.Replica;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.WatchRolloutRequest;
import java.util.Optional;

/**
 * warren.rollouts.v1's messages to and from the domain: a rollout as its snapshot, and the requests
 * that name a service by id, else by name.
 *
 * <p>All {@code toDomain} methods throw {@link InvalidSpecException}, naming the field, on a bad
 * message.
 */
public final class RolloutSnapshotProtoMapper {
  private RolloutSnapshotProtoMapper() {}

  public static dev.warren.adapters.grpc.rollouts.proto.Rollout toProto(Rollout rollout) {
    return dev.warren.adapters.grpc.rollouts.proto.Rollout.newBuilder()
        .setServiceId(rollout.serviceId().value())
        .setServiceVersion(rollout.serviceVersion().value())
        .setPreviousVersion(rollout.previousVersion().value())
        .setKind(rollout.kind().wireName())
        .setStrategy(rollout.strategy().wireName())
        .setUpdateConfig(SpecPartsProtoMapper.toProto(rollout.updateConfig()))
        .setFromImage(rollout.fromImage())
        .setToImage(rollout.toImage())
        .setState(rollout.state().wireName())
        .setStep(rollout.step())
        .setStepCount(rollout.stepCount())
        .setReason(rollout.reason())
        .setStartedAt(TimestampProtoMapper.toProto(rollout.startedAt()))
        .setUpdatedAt(TimestampProtoMapper.toProto(rollout.updatedAt()))
        .build();
  }

  public static Rollout toDomain(dev.warren.adapters.grpc.rollouts.proto.Rollout proto) {
    return new Rollout(
        ServiceRequestProtoMapper.serviceId(proto.getServiceId()),
        new Version(proto.getServiceVersion()),
        new Version(proto.getPreviousVersion()),
        WireEnum.parse(RolloutKind.class, "rollout kind", proto.getKind()),
        WireEnum.parse(DeployStrategy.class, "strategy", proto.getStrategy()),
        SpecPartsProtoMapper.toDomain(proto.getUpdateConfig()),
        proto.getFromImage(),
        proto.getToImage(),
        WireEnum.parse(RolloutState.class, "rollout state", proto.getState()),
        proto.getStep(),
        proto.getStepCount(),
        proto.getReason(),
        TimestampProtoMapper.toInstant(proto.getStartedAt()),
        TimestampProtoMapper.toInstant(proto.getUpdatedAt()));
  }

  public static dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot toProto(
      RolloutSnapshot snapshot) {
    var proto =
        dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot.newBuilder()
            .setRollout(toProto(snapshot.rollout()))
            .setDesiredReplicas(snapshot.desiredReplicas());
    for (RolloutSnapshot.Replica replica : snapshot.replicas()) {
      proto.addReplicas(
          Replica.newBuilder()
              .setContainerId(replica.id().value())
              .setSlot(replica.slot())
              .setServiceVersion(replica.serviceVersion().value())
              .setRunsCurrentSpec(replica.runsCurrentSpec())
              .setState(replica.state().wireName())
              .setDesiredState(replica.desiredState().wireName()));
    }
    return proto.build();
  }

  public static RolloutSnapshot toDomain(
      dev.warren.adapters.grpc.rollouts.proto.RolloutSnapshot proto) {
    return new RolloutSnapshot(
        toDomain(proto.getRollout()),
        proto.getDesiredReplicas(),
        proto.getReplicasList().stream()
            .map(
                replica ->
                    new RolloutSnapshot.Replica(
                        ContainerProtoMapper.containerId(replica.getContainerId()),
                        replica.getSlot(),
                        new Version(replica.getServiceVersion()),
                        replica.getRunsCurrentSpec(),
                        WireEnum.parse(TaskState.class, "replica state", replica.getState()),
                        WireEnum.parse(
                            DesiredState.class,
                            "replica desired state",
                            replica.getDesiredState())))
            .toList());
  }

  public static GetRolloutResponse toProto(Optional<RolloutSnapshot> snapshot) {
    var response = GetRolloutResponse.newBuilder();
    snapshot.ifPresent(found -> response.setSnapshot(toProto(found)));
    return response.build();
  }

  public static Optional<RolloutSnapshot> toDomain(GetRolloutResponse proto) {
    return proto.hasSnapshot() ? Optional.of(toDomain(proto.getSnapshot())) : Optional.empty();
  }

  public static GetRolloutRequest toDomain(
      dev.warren.adapters.grpc.rollouts.proto.GetRolloutRequest proto) {
    return new GetRolloutRequest(
        ref(proto.getServiceId(), proto.getServiceName()),
        proto.getStale() ? ReadConsistency.LOCAL : ReadConsistency.LINEARIZABLE);
  }

  public static dev.warren.adapters.grpc.rollouts.proto.GetRolloutRequest toProto(
      GetRolloutRequest request) {
    var proto = dev.warren.adapters.grpc.rollouts.proto.GetRolloutRequest.newBuilder();
    switch (request.service()) {
      case ServiceRef.ById byId -> proto.setServiceId(byId.id().value());
      case ServiceRef.ByName byName -> proto.setServiceName(byName.name());
    }
    return proto.setStale(request.consistency() == ReadConsistency.LOCAL).build();
  }

  public static WatchRolloutRequest toDomain(
      dev.warren.adapters.grpc.rollouts.proto.WatchRolloutRequest proto) {
    return new WatchRolloutRequest(ref(proto.getServiceId(), proto.getServiceName()));
  }

  public static dev.warren.adapters.grpc.rollouts.proto.WatchRolloutRequest toProto(
      WatchRolloutRequest request) {
    var proto = dev.warren.adapters.grpc.rollouts.proto.WatchRolloutRequest.newBuilder();
    switch (request.service()) {
      case ServiceRef.ById byId -> proto.setServiceId(byId.id().value());
      case ServiceRef.ByName byName -> proto.setServiceName(byName.name());
    }
    return proto.build();
  }

  /** A service named by id, else by name; one of them is required. */
  private static ServiceRef ref(String id, String name) {
    if (!id.isEmpty()) {
      return new ServiceRef.ById(ServiceRequestProtoMapper.serviceId(id));
    }
    if (!name.isEmpty()) {
      return new ServiceRef.ByName(name);
    }
    throw new InvalidSpecException("service id or name is required");
  }
}
