package dev.warren.domain.port.in;

import dev.warren.domain.model.service.Service;

/** Creates a service. */
public interface CreateServiceUseCase {
  /**
   * Creates the service and returns it as stored (with id, version and timestamps), after the
   * change is committed.
   *
   * @throws dev.warren.domain.error.AlreadyExistsException if the name is taken
   * @throws dev.warren.domain.error.UnavailableException if the cluster cannot commit now
   */
  Service create(CreateServiceRequest request);
}
