package dev.warren.cli.config;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.port.in.ReadConsistency;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CLI client knows before it connects: the located managers (tried in order), how long one
 * call may take, the user's credentials, and the unix sockets it may read from ({@code
 * socketOption} from {@code --socket}, {@code socketVariable} from {@code WARREN_SOCKET}, {@code
 * defaultSocket} under the default data directory), and the consistency its reads ask for ({@code
 * reads}: linearizable unless the user passed {@code --stale}). {@code cli.ManagerRoute} decides
 * which route is used.
 */
public record ClientConfig(
    List<TcpAddress> managers,
    Duration deadline,
    CredentialsDirectory credentials,
    Optional<Path> socketOption,
    Optional<Path> socketVariable,
    Path defaultSocket,
    ReadConsistency reads) {

  /**
   * The same client settings with linearizable reads, as every command had before {@code --stale}.
   */
  public ClientConfig(
      TcpAddress manager,
      Duration deadline,
      CredentialsDirectory credentials,
      Optional<Path> socketOption,
      Optional<Path> socketVariable,
      Path defaultSocket) {
    this(
        List.of(manager),
        deadline,
        credentials,
        socketOption,
        socketVariable,
        defaultSocket,
        ReadConsistency.LINEARIZABLE);
  }

  /** The manager tried first: the one the user named first. */
  public TcpAddress manager() {
    return managers.getFirst();
  }

  public ClientConfig {
    managers = List.copyOf(managers);
    if (managers.isEmpty()) {
      throw new IllegalArgumentException("a client needs at least one manager address");
    }
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(socketOption, "socketOption");
    Objects.requireNonNull(socketVariable, "socketVariable");
    Objects.requireNonNull(defaultSocket, "defaultSocket");
    Objects.requireNonNull(reads, "reads");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new InvalidSpecException("timeout must be positive, got " + deadline);
    }
  }
}
