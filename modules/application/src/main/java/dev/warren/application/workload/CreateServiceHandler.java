package dev.warren.application.workload;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.Lookups;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.InstantSource;

/** Creates a service: picks its id and timestamps, then proposes one {@code ServiceCreated}. */
public record CreateServiceHandler(
    ClusterStatePort state, ReplicatedLogPort log, InstantSource clock)
    implements CreateServiceUseCase {

  @Override
  public Service create(CreateServiceRequest request) {
    String name = request.spec().name();
    Lookups.requireNameFree(state, log, EntityKind.SERVICE, "service", name);
    Service service = Service.create(ServiceId.random(), request.spec(), StoredTime.now(clock));
    Futures.await(log.propose(new ServiceCreated(service)), "creating service " + name);
    return service;
  }
}
