package dev.warren.domain.port.in;

import dev.warren.domain.model.service.Service;

/** Reads one service. */
public interface GetServiceUseCase {
  /**
   * @throws dev.warren.domain.error.NotFoundException if no such service exists
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  Service get(GetServiceRequest request);
}
