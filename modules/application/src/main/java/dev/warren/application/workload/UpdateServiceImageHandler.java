package dev.warren.application.workload;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.ServiceChange.ServiceRolloutStarted;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import dev.warren.domain.port.in.UpdateServiceImageUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Sets a service's image and records the rollout to it in one change, derived from the version read
 * here; the apply logic refuses it if another update committed in between.
 */
public record UpdateServiceImageHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock)
    implements UpdateServiceImageUseCase {

  @Override
  public void updateImage(UpdateServiceImageRequest request) {
    Service current =
        StateQueries.current(
            state, log, reader -> ServiceLookup.find(reader, new ServiceRef.ById(request.id())));
    ServiceSpec spec = current.spec().withImage(request.image());
    if (spec.equals(current.spec())) {
      throw new FailedPreconditionException(
          "service "
              + current.name()
              + " already runs image "
              + request.image()
              + "; nothing to roll out");
    }
    Instant now = StoredTime.now(clock);
    Service updated = current.update(spec, now);
    Rollout rollout =
        Rollout.pending(
            current,
            updated,
            RolloutKind.UPDATE,
            request.strategy().orElse(current.spec().deployStrategy()),
            request.updateConfig().orElse(current.spec().updateConfig()),
            now);
    Futures.await(
        log.propose(new ServiceRolloutStarted(updated, rollout)),
        "rolling out service " + current.name());
  }
}
