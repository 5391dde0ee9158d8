package dev.warren.domain.port.in;

import dev.warren.domain.model.service.Service;
import java.util.List;

/** Lists services. */
public interface ListServicesUseCase {
  /**
   * @return every service, ordered by name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  List<Service> list(ListServicesRequest request);
}
