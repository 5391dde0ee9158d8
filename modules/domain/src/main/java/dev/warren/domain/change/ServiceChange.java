package dev.warren.domain.change;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;

/** Changes to services. */
public sealed interface ServiceChange extends StateChange {

  /** A service was created; its name must still be free when the change is applied. */
  record ServiceCreated(Service service) implements ServiceChange {
    @Override
    public void applyTo(StateWriter state) {
      ApplySteps.requireNew(state, EntityKind.SERVICE, "service", service);
      state.put(EntityKind.SERVICE, service);
    }
  }

  /** A service's spec changed; applies only on top of the version it was derived from. */
  record ServiceUpdated(Service service) implements ServiceChange {
    @Override
    public void applyTo(StateWriter state) {
      Service current =
          ApplySteps.existing(state, EntityKind.SERVICE, "service", service.id().value());
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

  /**
   * A service was deleted, and with it its rollout; in the same change its tasks are to be shut
   * down.
   */
  record ServiceDeleted(ServiceId serviceId) implements ServiceChange {
    @Override
    public void applyTo(StateWriter state) {
      ApplySteps.existing(state, EntityKind.SERVICE, "service", serviceId.value());
      state.delete(EntityKind.SERVICE, serviceId.value());
      state.delete(EntityKind.ROLLOUT, serviceId.value());
      TaskChange.shutDownWhere(state, task -> task.serviceId().equals(serviceId));
    }
  }

  /**
   * A service got a new image and a rollout to it was recorded (replacing any unfinished one).
   * Applies like {@link ServiceUpdated}: only on top of the version it was derived from.
   */
  record ServiceRolloutStarted(Service service, Rollout rollout) implements ServiceChange {
    public ServiceRolloutStarted {
      requireRolloutOf(service, rollout);
    }

    @Override
    public void applyTo(StateWriter state) {
      applyWithRollout(state, service, rollout);
    }
  }

  /**
   * A service went back to its previous spec and a rollout to it was recorded. Applies like {@link
   * ServiceUpdated}: only on top of the version it was derived from.
   */
  record ServiceRolledBack(Service service, Rollout rollout) implements ServiceChange {
    public ServiceRolledBack {
      requireRolloutOf(service, rollout);
    }

    @Override
    public void applyTo(StateWriter state) {
      applyWithRollout(state, service, rollout);
    }
  }

  /**
   * The deployer moved a rollout on (a step done, paused, failed, completed). Applies only while
   * the stored rollout of the service is the same one (same service version and kind): a newer
   * rollout supersedes an unfinished one, and the progress of the older must not overwrite it.
   */
  record RolloutProgressed(Rollout rollout) implements ServiceChange {
    public RolloutProgressed {
      if (rollout == null) {
        throw new InvalidSpecException("a rollout progress needs the rollout");
      }
    }

    @Override
    public void applyTo(StateWriter state) {
      Rollout stored =
          ApplySteps.existing(state, EntityKind.ROLLOUT, "rollout", rollout.serviceId().value());
      if (!stored.serviceVersion().equals(rollout.serviceVersion())
          || stored.kind() != rollout.kind()) {
        throw new FailedPreconditionException(
            "the rollout of service "
                + rollout.serviceId()
                + " to version "
                + rollout.serviceVersion().value()
                + " was superseded by the "
                + stored.kind().wireName()
                + " to version "
                + stored.serviceVersion().value());
      }
      state.put(EntityKind.ROLLOUT, rollout);
    }
  }

  /** Applies like {@link ServiceUpdated}, then records {@code rollout}. */
  private static void applyWithRollout(StateWriter state, Service service, Rollout rollout) {
    new ServiceUpdated(service).applyTo(state);
    state.put(EntityKind.ROLLOUT, rollout);
  }

  private static void requireRolloutOf(Service service, Rollout rollout) {
    if (service == null || rollout == null) {
      throw new InvalidSpecException("a rollout change needs the service and its rollout");
    }
    if (!rollout.serviceId().equals(service.id())
        || !rollout.serviceVersion().equals(service.version())) {
      throw new InvalidSpecException(
          "rollout of service "
              + rollout.serviceId()
              + " at version "
              + rollout.serviceVersion().value()
              + " does not match service "
              + service.id()
              + " at version "
              + service.version().value());
    }
  }
}
