package dev.warren.domain.model.security;

import dev.warren.domain.model.shared.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call one API operation. {@code roles} may call it on anything; a worker not in {@code
 * roles} may call it only on itself (its own node, a container assigned to it) when {@code
 * workerOnItself} is set; {@code anonymous} lets a client without a certificate call it. The
 * read-only local socket's right follows from the operation's {@link ApiOperation.Effect}, not from
 * the rule.
 */
public record AccessRule(Set<Role> roles, boolean workerOnItself, boolean anonymous) {
  public AccessRule {
    roles = Collections.unmodifiableSet(EnumSet.copyOf(Checks.notNull("roles", roles)));
  }

  /** Managers only: acting as the cluster itself. */
  public static AccessRule managers() {
    return new AccessRule(EnumSet.of(Role.MANAGER), false, false);
  }

  /** Managers and admins: administering the cluster. */
  public static AccessRule administrators() {
    return new AccessRule(EnumSet.of(Role.MANAGER, Role.ADMIN), false, false);
  }

  /** Every holder of a cluster certificate. */
  public static AccessRule anyMember() {
    return new AccessRule(EnumSet.allOf(Role.class), false, false);
  }

  /** Every caller, with or without a certificate. */
  public static AccessRule anyone() {
    return new AccessRule(EnumSet.allOf(Role.class), false, true);
  }

  /** This rule, and besides a worker acting on itself. */
  public AccessRule orWorkerOnItself() {
    return new AccessRule(roles, true, anonymous);
  }
}
