package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.Checks;

/** A manager in the consensus group, with the address its peers reach it at. */
public record ClusterMember(String id, String address, Suffrage suffrage) {
  public ClusterMember {
    Checks.notBlank("member id", id);
    Checks.notNull("member address", address);
    Checks.notNull("member suffrage", suffrage);
  }
}
