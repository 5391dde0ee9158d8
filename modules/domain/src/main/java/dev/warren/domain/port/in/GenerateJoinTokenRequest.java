package dev.warren.domain.port.in;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.WireEnum;

/**
 * Issue a token with which a worker or manager can join, or an admin obtain a certificate; with
 * {@code rotate}, every earlier token of that role stops working at the same time.
 */
public record GenerateJoinTokenRequest(Role role, boolean rotate) {
  public GenerateJoinTokenRequest {
    Checks.notNull("join token role", role);
  }

  /** A new token alongside the ones already issued. */
  public GenerateJoinTokenRequest(Role role) {
    this(role, false);
  }

  /**
   * The request for a role spelled as on the wire.
   *
   * @throws InvalidSpecException unless {@code role} is "worker", "manager" or "admin"
   */
  public static GenerateJoinTokenRequest forRole(String role, boolean rotate) {
    Checks.notNull("join token role", role);
    if (role.isEmpty()) {
      throw new InvalidSpecException("join token role is required: worker, manager or admin");
    }
    return new GenerateJoinTokenRequest(
        WireEnum.parse(Role.class, "join token role", role), rotate);
  }

  /** {@link #forRole(String, boolean)} without rotation. */
  public static GenerateJoinTokenRequest forRole(String role) {
    return forRole(role, false);
  }
}
