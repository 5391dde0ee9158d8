package dev.warren.domain.port.in;

import dev.warren.domain.model.service.Service;

/** Updates a service's spec. */
public interface UpdateServiceUseCase {
  /**
   * @return the service as stored after the update
   * @throws dev.warren.domain.error.NotFoundException if no such service exists
   * @throws dev.warren.domain.error.InvalidSpecException if the result is not a valid spec
   * @throws dev.warren.domain.error.VersionConflictException if the expected version is stale or a
   *     concurrent update won
   */
  Service update(UpdateServiceRequest request);
}
