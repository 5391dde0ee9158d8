package dev.warren.cli;

import dev.warren.cli.config.ClientConfig;
import dev.warren.cli.config.DataDirectory;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.tls.ClientTlsIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a client command reaches a manager, decided in one place ({@link #choose}), first match wins:
 *
 * <ol>
 *   <li>{@code --socket PATH}: the read-only unix socket at PATH (asked for explicitly);
 *   <li>a client certificate in the user's credentials directory: mutual TLS to the located manager
 *       ({@link ManagerLocator});
 *   <li>{@code WARREN_SOCKET}, else {@code <default data dir>/warren.sock} if that file exists: the
 *       read-only unix socket;
 *   <li>otherwise the command fails with UNAUTHENTICATED and says how to get a certificate.
 * </ol>
 *
 * There is no plaintext TCP: managers speak only mutual TLS on their TCP listener.
 */
public sealed interface ManagerRoute {
  /** The socket's file name in a manager's data directory. */
  String SOCKET_FILE = "warren.sock";

  /** The variable naming a socket to read from when no certificate is configured. */
  String SOCKET_VARIABLE = "WARREN_SOCKET";

  /** Mutual TLS with the user's certificate to {@code manager}. */
  record MutualTls(TcpAddress manager, ClientTlsIdentity identity) implements ManagerRoute {
    public MutualTls {
      Objects.requireNonNull(manager, "manager");
      Objects.requireNonNull(identity, "identity");
    }
  }

  /** The local read-only unix socket at {@code socket}: reads only. */
  record LocalSocket(Path socket) implements ManagerRoute {
    public LocalSocket {
      Objects.requireNonNull(socket, "socket");
    }
  }

  /**
   * The route for {@code config}. Reads the credentials directory and checks whether the default
   * socket exists; opens nothing.
   *
   * @throws UnauthenticatedException if there is neither a client certificate nor a socket
   * @throws dev.warren.domain.error.FailedPreconditionException if the credentials are incomplete
   *     or unreadable
   */
  static ManagerRoute choose(ClientConfig config) {
    if (config.socketOption().isPresent()) {
      return new LocalSocket(config.socketOption().get());
    }
    Optional<ClientTlsIdentity> identity = config.credentials().read();
    if (identity.isPresent()) {
      return new MutualTls(config.manager(), identity.get());
    }
    if (config.socketVariable().isPresent()) {
      return new LocalSocket(config.socketVariable().get());
    }
    if (Files.exists(config.defaultSocket())) {
      return new LocalSocket(config.defaultSocket());
    }
    throw new UnauthenticatedException(
        "no client certificate in "
            + config.credentials().root()
            + "; run 'warren cluster init' on a new cluster, or 'warren cluster login --manager"
            + " HOST:PORT --token TOKEN' with an admin token");
  }

  /** Where a manager started with the default data directory serves its socket. */
  static Path defaultSocket(CliEnvironment environment) {
    return DataDirectory.defaultRoot(environment.variables(), environment.userHome().toString())
        .resolve(SOCKET_FILE);
  }
}
