package dev.warren.domain.model.service;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A service: the user's spec, the spec it replaced (for rollback), and a version that every change
 * increments so concurrent updates cannot silently overwrite each other.
 */
public record Service(
    ServiceId id,
    ServiceSpec spec,
    Optional<ServiceSpec> previousSpec,
    Version version,
    Instant createdAt,
    Instant updatedAt) {

  public Service {
    Checks.notNull("service id", id);
    Checks.notNull("service spec", spec);
    Checks.notNull("previous spec", previousSpec);
    Checks.notNull("service version", version);
    Checks.notNull("created at", createdAt);
    Checks.notNull("updated at", updatedAt);
  }

  public static Service create(ServiceId id, ServiceSpec spec, Instant now) {
    return new Service(id, spec, Optional.empty(), Version.initial(), now, now);
  }

  public String name() {
    return spec.name();
  }

  /** The next version of this service with {@code newSpec}; the current spec becomes previous. */
  public Service update(ServiceSpec newSpec, Instant now) {
    return new Service(id, newSpec, Optional.of(spec), version.next(), createdAt, now);
  }

  /**
   * The next version of this service with its previous spec back (the current one becomes previous,
   * so a second rollback undoes the first).
   *
   * @throws FailedPreconditionException if the service has never been updated
   */
  public Service rolledBack(Instant now) {
    ServiceSpec previous =
        previousSpec.orElseThrow(
            () ->
                new FailedPreconditionException(
                    "service " + name() + " has no previous spec to roll back to"));
    return update(previous, now);
  }

  /**
   * Checks that this is the version an update was derived from, when the update names one.
   *
   * @throws VersionConflictException if it names another: somebody changed the service since
   */
  public void requireVersion(Optional<Long> expected) {
    expected
        .filter(value -> value != version.value())
        .ifPresent(
            value -> {
              throw new VersionConflictException(
                  "service "
                      + name()
                      + " is at version "
                      + version.value()
                      + ", not "
                      + value
                      + "; read it again and retry");
            });
  }
}
