package dev.warren.application.workload;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.ServiceChange.ServiceRolledBack;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.RollbackServiceUseCase;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Swaps a service's spec with its previous one and records the rollout back, in one change derived
 * from the version read here.
 */
public record RollbackServiceHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock)
    implements RollbackServiceUseCase {

  @Override
  public void rollback(RollbackServiceRequest request) {
    Service current =
        StateQueries.current(
            state, log, reader -> ServiceLookup.find(reader, new ServiceRef.ById(request.id())));
    Instant now = StoredTime.now(clock);
    Service rolledBack = current.rolledBack(now);
    ServiceSpec previous = rolledBack.spec();
    Rollout rollout =
        Rollout.pending(
            current,
            rolledBack,
            RolloutKind.ROLLBACK,
            previous.deployStrategy(),
            previous.updateConfig(),
            now);
    Futures.await(
        log.propose(new ServiceRolledBack(rolledBack, rollout)),
        "rolling back service " + current.name());
  }
}
