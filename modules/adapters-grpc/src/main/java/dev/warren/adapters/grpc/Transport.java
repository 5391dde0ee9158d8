package dev.warren.adapters.grpc;

import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Checks;

/** How the TCP listener of the API secures its connections. */
public sealed interface Transport {

  /** TLS 1.3, client certificates verified against the cluster CA: the only production mode. */
  record MutualTls(ServerTls tls) implements Transport {
    public MutualTls {
      Checks.notNull("server TLS", tls);
    }
  }

  /**
   * No TLS; every call is made by {@code assumedCaller}. Only for tests that predate TLS; to be
   * removed once they all run over TLS. Never use it in a server.
   */
  record PlaintextForTests(Caller assumedCaller) implements Transport {
    public PlaintextForTests {
      Checks.notNull("assumed caller", assumedCaller);
    }
  }

  static Transport mutualTls(ServerTls tls) {
    return new MutualTls(tls);
  }

  /** See {@link PlaintextForTests}: tests only. */
  static Transport plaintextForTests(Caller assumedCaller) {
    return new PlaintextForTests(assumedCaller);
  }
}
