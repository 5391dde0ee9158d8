package dev.warren.cli;

import dev.warren.cli.config.ClientConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.port.in.ReadConsistency;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How client commands reach a manager. The address comes from {@link ManagerLocator}: the root
 * command's {@code --manager} option (accepted before or after the subcommand), else the
 * environment, else the config file, else the default. Whether the command uses it over mutual TLS
 * or reads from a local socket instead is {@link ManagerRoute}'s decision.
 */
public final class ClientOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Deadline of each API call in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  /**
   * @throws dev.warren.domain.error.InvalidSpecException if the chosen address source is invalid
   */
  public ClientConfig config() {
    CliEnvironment environment = WarrenCommand.environmentOf(command);
    return new ClientConfig(
        managers(),
        Duration.ofSeconds(timeoutSeconds),
        environment.credentials(),
        socketOption(),
        environment.variable(ManagerRoute.SOCKET_VARIABLE).map(Path::of),
        ManagerRoute.defaultSocket(environment),
        readConsistency());
  }

  private List<TcpAddress> managers() {
    // A command run on its own (not under `warren`) has no --manager and reads the process.
    if (command.root().userObject() instanceof WarrenCommand root) {
      return root.managerAddresses();
    }
    return ManagerLocator.locateAll(List.of(), CliEnvironment.system());
  }

  private ReadConsistency readConsistency() {
    return command.root().userObject() instanceof WarrenCommand root
        ? root.readConsistency()
        : ReadConsistency.LINEARIZABLE;
  }

  private Optional<Path> socketOption() {
    return command.root().userObject() instanceof WarrenCommand root
        ? root.socketOption()
        : Optional.empty();
  }
}
