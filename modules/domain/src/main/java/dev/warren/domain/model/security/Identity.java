package dev.warren.domain.model.security;

import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.shared.Checks;

/**
 * The verified identity in a cluster certificate: {@code name} is its CN (a node id for managers
 * and workers, an admin's name for admins), {@code clusterId} its O and {@code role} its OU.
 */
public record Identity(String name, ClusterId clusterId, Role role) {
  public Identity {
    Checks.notBlank("identity name", name);
    Checks.notNull("cluster id", clusterId);
    Checks.notNull("role", role);
  }
}
