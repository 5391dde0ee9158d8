package dev.warren.domain.change;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.RevokedNode;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.time.Instant;

/**
 * The cluster CA's record of the identities it certified, and of the removed nodes whose
 * certificates are refused. Never key material.
 */
public sealed interface IdentityChange extends StateChange {

  /**
   * A certificate was issued against a join token: CN {@code name} (node-id rules; an admin's name
   * for admins), OU {@code role}, serial {@code serialHex}, valid until {@code notAfter}.
   */
  record CertificateIssued(NodeId name, Role role, String serialHex, Instant at, Instant notAfter)
      implements IdentityChange {
    public CertificateIssued {
      Checks.notNull("name", name);
      Checks.notNull("role", role);
      Checks.notBlank("serial", serialHex);
      Checks.notNull("at", at);
      Checks.notNull("not after", notAfter);
    }

    /** An audit record only: the apply rule has nothing to check or write. */
    @Override
    public void applyTo(StateWriter state) {}
  }

  /**
   * Node {@code node} was removed from the cluster at {@code at}: its certificates are refused from
   * now on (see {@link RevokedNode}).
   */
  record NodeCertificatesRevoked(NodeId node, Instant at) implements IdentityChange {
    public NodeCertificatesRevoked {
      Checks.notNull("node", node);
      Checks.notNull("at", at);
    }

    @Override
    public void applyTo(StateWriter state) {
      state.put(EntityKind.REVOKED_NODE, new RevokedNode(node, at));
    }
  }
}
