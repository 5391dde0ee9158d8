package dev.warren.domain.model.security;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/**
 * A removed node whose certificates are refused from now on, by every manager and on every call:
 * every manager or worker certificate with CN = {@code node} that was valid from {@code revokedAt}
 * or earlier, whatever its serial. That covers each certificate the node ever held (renewals, and a
 * manager's own, which its local CA issued without the log recording it) without a list of serials;
 * a node that joins again under the same id gets a certificate valid only from after the removal.
 */
public record RevokedNode(NodeId node, Instant revokedAt) {
  public RevokedNode {
    Checks.notNull("node", node);
    Checks.notNull("revoked at", revokedAt);
  }

  /**
   * Whether this revocation refuses the certificate of {@code identity} that is valid from {@code
   * validFrom}. Admin certificates name people, not nodes, and are never refused by it.
   */
  public boolean refuses(Identity identity, Instant validFrom) {
    return identity.role() != Role.ADMIN
        && identity.name().equals(node.value())
        && !validFrom.isAfter(revokedAt);
  }
}
