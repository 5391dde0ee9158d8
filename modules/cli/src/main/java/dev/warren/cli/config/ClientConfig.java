package dev.warren.cli.config;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.port.in.ReadConsistency;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CLI client knows before it connects: the located manager, how long one call may take, the
 * user's credentials, and the unix sockets it may read from ({@code socketOption} from {@code
 * --socket}, {@code socketVariable} from {@code WARREN_SOCKET}, {@code defaultSocket} under the
 * default data directory), and the consistency its reads ask for ({@code reads}: linearizable
 * unless the user passed {@code --stale}). {@code cli.ManagerRoute} decides which route is used.
 */
public record ClientConfig(
    TcpAddress manager,
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
        manager,
        deadline,
        credentials,
        socketOption,
        socketVariable,
        defaultSocket,
        ReadConsistency.LINEARIZABLE);
  }

  public ClientConfig {
    Objects.requireNonNull(manager, "manager");
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
