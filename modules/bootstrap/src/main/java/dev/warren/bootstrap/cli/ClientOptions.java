package dev.warren.bootstrap.cli;

import dev.warren.bootstrap.config.ClientConfig;
import dev.warren.bootstrap.config.TcpAddress;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How client commands reach a manager. */
public final class ClientOptions {

  @Option(
      names = "--manager",
      paramLabel = "HOST:PORT",
      defaultValue = "${env:WARREN_MANAGER:-127.0.0.1:8080}",
      converter = TcpAddressConverter.class,
      description = "Manager API address (default: $WARREN_MANAGER, else ${DEFAULT-VALUE}).")
  TcpAddress manager;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Deadline of each API call in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  public ClientConfig config() {
    return new ClientConfig(manager, Duration.ofSeconds(timeoutSeconds));
  }
}
