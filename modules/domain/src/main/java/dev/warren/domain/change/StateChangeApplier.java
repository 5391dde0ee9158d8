package dev.warren.domain.change;

import dev.warren.domain.change.StateChange.ClusterInitialized;
import dev.warren.domain.change.StateChange.NodeRegistered;
import dev.warren.domain.change.StateChange.ServiceCreated;
import dev.warren.domain.change.StateChange.ServiceDeleted;
import dev.warren.domain.change.StateChange.ServiceUpdated;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;

/**
 * The pure function every replica runs on a committed change. It checks the rules that only the
 * state at apply time can decide (a name still free, a version not moved on) and then writes.
 * It validates before it writes, and throws a {@link dev.warren.domain.error.DomainException}
 * to reject; the store discards the transaction of a rejected change.
 */
public final class StateChangeApplier {
  private StateChangeApplier() {}

  public static void apply(StateChange change, StateWriter state) {
    switch (change) {
      case ClusterInitialized initialized -> initializeCluster(initialized.cluster(), state);
      case NodeRegistered registered -> state.put(EntityKind.NODE, registered.node());
      case ServiceCreated created -> createService(created.service(), state);
      case ServiceUpdated updated -> updateService(updated.service(), state);
      case ServiceDeleted deleted -> {
        String id = deleted.serviceId().value();
        if (state.get(EntityKind.SERVICE, id).isEmpty()) {
          throw new NotFoundException("service not found: " + id);
        }
        state.delete(EntityKind.SERVICE, id);
      }
    }
  }

  private static void initializeCluster(Cluster cluster, StateWriter state) {
    if (state.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID).isPresent()) {
      throw new FailedPreconditionException("the cluster is already initialized");
    }
    state.put(EntityKind.CLUSTER, cluster);
  }

  private static void createService(Service service, StateWriter state) {
    if (state.findByName(EntityKind.SERVICE, service.name()).isPresent()) {
      throw new AlreadyExistsException("service already exists: " + service.name());
    }
    if (state.get(EntityKind.SERVICE, service.id().value()).isPresent()) {
      throw new AlreadyExistsException("service id already exists: " + service.id());
    }
    state.put(EntityKind.SERVICE, service);
  }

  private static void updateService(Service service, StateWriter state) {
    Service current =
        state
            .get(EntityKind.SERVICE, service.id().value())
            .orElseThrow(() -> new NotFoundException("service not found: " + service.id()));
    if (!service.version().follows(current.version())) {
      throw new VersionConflictException(
          "service "
              + current.name()
              + " changed concurrently (now at version "
              + current.version().value()
              + "); read it again and retry");
    }
    if (!service.name().equals(current.name())
        && state.findByName(EntityKind.SERVICE, service.name()).isPresent()) {
      throw new AlreadyExistsException("service already exists: " + service.name());
    }
    state.put(EntityKind.SERVICE, service);
  }
}
