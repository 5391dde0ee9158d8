package dev.warren.domain.port.in;

import dev.warren.domain.model.ingress.Ingress;
import java.util.List;

/** Lists ingresses. */
public interface ListIngressesUseCase {
  /**
   * @return every ingress, ordered by name
   * @throws dev.warren.domain.error.UnavailableException if a linearizable read cannot be served
   */
  List<Ingress> list(ListIngressesRequest request);
}
