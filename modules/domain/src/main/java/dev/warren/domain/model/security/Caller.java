package dev.warren.domain.model.security;

import dev.warren.domain.model.shared.Checks;

/**
 * Who made an API call, as the transport established it. Authorization decides from this alone
 * (plus the state the call touches); nothing else is trusted.
 */
public sealed interface Caller {

  /** A client that presented a certificate the cluster CA issued, valid now. */
  record Certified(Identity identity) implements Caller {
    public Certified {
      Checks.notNull("identity", identity);
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
