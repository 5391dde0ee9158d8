package dev.warren.domain.port.in;

import dev.warren.domain.model.shared.Checks;

/** List every ingress. */
public record ListIngressesRequest(ReadConsistency consistency) {
  public ListIngressesRequest {
    Checks.notNull("consistency", consistency);
  }
}
