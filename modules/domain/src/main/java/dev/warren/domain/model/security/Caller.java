package dev.warren.domain.model.security;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/**
 * Who made an API call, as the transport established it. Authorization decides from this alone
 * (plus the state the call touches); nothing else is trusted.
 */
public sealed interface Caller {

  /**
   * A client that presented a certificate the cluster CA issued, valid now and since {@code
   * validFrom} (its not-before time), which tells whether a node's revocation covers it.
   */
  record Certified(Identity identity, Instant validFrom) implements Caller {
    public Certified {
      Checks.notNull("identity", identity);
      Checks.notNull("valid from", validFrom);
    }

    /**
     * A caller whose certificate's start of validity is not known (an in-process one): a revocation
     * of its node refuses it, whenever it was issued.
     */
    public Certified(Identity identity) {
      this(identity, Instant.MIN);
    }
  }

  /**
   * A local process on the read-only unix socket: file permissions (mode 0660) decided who may
   * connect; it may read, never write, and never sees secret data or private keys.
   */
  record LocalReader() implements Caller {}

  /** A TLS client without a certificate: it may only redeem a join token (RequestCertificate). */
  record Anonymous() implements Caller {}

  /** Whether this caller is a manager (the only role that may see secret data of any container). */
  default boolean isManager() {
    return this instanceof Certified certified && certified.identity().role() == Role.MANAGER;
  }
}
