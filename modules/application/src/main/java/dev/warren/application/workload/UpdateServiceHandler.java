package dev.warren.application.workload;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.ServiceChange.ServiceRolloutStarted;
import dev.warren.domain.change.ServiceChange.ServiceUpdated;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.ServiceSpecLimits;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceRequest;
import dev.warren.domain.port.in.UpdateServiceUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Changes replicas, image, env, placement, restart policy or resources of a service. The new
 * version is derived from the version read here; the apply logic refuses it if another update
 * committed in between. A change of what a replica runs records a rollout with it, by the new
 * spec's strategy and update config, which the deployer carries out.
 */
public record UpdateServiceHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock)
    implements UpdateServiceUseCase {

  @Override
  public Service update(UpdateServiceRequest request) {
    Service current =
        state.read(reader -> ServiceLookup.find(reader, new ServiceRef.ById(request.id())));
    current.requireVersion(request.expectedVersion());
    ServiceSpec spec = request.appliedTo(current.spec());
    if (spec.equals(current.spec())) {
      return current;
    }
    // The request's parts are bounded on their own; the whole spec must stay within 64 KiB too.
    ServiceSpecLimits.check(spec);
    Instant now = StoredTime.now(clock);
    Service updated = current.update(spec, now);
    if (spec.sameReplicasAs(current.spec())) {
      Futures.await(log.propose(new ServiceUpdated(updated)), "updating service " + current.name());
    } else {
      // What a replica runs changed: the running replicas are replaced as the update config says.
      Rollout rollout =
          Rollout.pending(
              current,
              updated,
              RolloutKind.UPDATE,
              spec.deployStrategy(),
              spec.updateConfig(),
              now);
      Futures.await(
          log.propose(new ServiceRolloutStarted(updated, rollout)),
          "rolling out service " + current.name());
    }
    return updated;
  }
}
