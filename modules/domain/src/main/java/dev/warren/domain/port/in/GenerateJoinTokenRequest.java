package dev.warren.domain.port.in;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.shared.Checks;

/** Issue a token with which a node can join as a worker or as a manager. */
public record GenerateJoinTokenRequest(NodeRole role) {
  public GenerateJoinTokenRequest {
    Checks.notNull("join token role", role);
    if (role != NodeRole.WORKER && role != NodeRole.MANAGER) {
      throw invalidRole(role.wireName());
    }
  }

  /**
   * The request for a role spelled as on the wire.
   *
   * @throws InvalidSpecException unless {@code role} is "worker" or "manager"
   */
  public static GenerateJoinTokenRequest forRole(String role) {
    Checks.notNull("join token role", role);
    return switch (role) {
      case "worker" -> new GenerateJoinTokenRequest(NodeRole.WORKER);
      case "manager" -> new GenerateJoinTokenRequest(NodeRole.MANAGER);
      case "" -> throw new InvalidSpecException("join token role is required: worker or manager");
      default -> throw invalidRole(role);
    };
  }

  private static InvalidSpecException invalidRole(String role) {
    return new InvalidSpecException(
        "join token role '" + role + "' is not one of: worker, manager");
  }
}
