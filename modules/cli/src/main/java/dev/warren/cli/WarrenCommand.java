package dev.warren.cli;

import dev.warren.cli.apply.ApplyCommand;
import dev.warren.cli.certificate.CertificateCommand;
import dev.warren.cli.cluster.ClusterCommand;
import dev.warren.cli.config.TcpAddress;
import dev.warren.cli.container.ContainerCommand;
import dev.warren.cli.events.EventsCommand;
import dev.warren.cli.ingress.IngressCommand;
import dev.warren.cli.manager.ManagerGroupCommand;
import dev.warren.cli.node.NodeCommand;
import dev.warren.cli.secret.SecretCommand;
import dev.warren.cli.server.ServerCommand;
import dev.warren.cli.service.ServiceCommand;
import dev.warren.cli.volume.VolumeCommand;
import dev.warren.cli.worker.WorkerCommand;
import dev.warren.domain.port.in.ReadConsistency;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code warren}: the root of the command tree. Its options are inherited by every subcommand, so
 * {@code warren --manager X service ls} and {@code warren service ls --manager X} are the same.
 */
@Command(
    name = "warren",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Warren: a container orchestrator control plane in the style of Docker Swarm.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_FAILURE,
      ExitCodes.HELP_USAGE,
      ExitCodes.HELP_NOT_FOUND,
      ExitCodes.HELP_CONFLICT,
      ExitCodes.HELP_UNAVAILABLE,
      ExitCodes.HELP_DENIED,
      ExitCodes.HELP_ROLLOUT_NOT_COMPLETED
    },
    footerHeading = "%n",
    footer = {
      "Errors are printed as one line on stderr: 'error: <message>'.",
      "Manager address: --manager, else $"
          + ManagerLocator.VARIABLE
          + ", else 'manager:' in"
          + " $XDG_CONFIG_HOME/warren/config.yaml (~/.config/warren/config.yaml), else "
          + ManagerLocator.DEFAULT
          + ".",
      "Connection: --socket, else mutual TLS with the certificate in"
          + " $XDG_CONFIG_HOME/warren/tls (~/.config/warren/tls), else the read-only socket $"
          + ManagerRoute.SOCKET_VARIABLE
          + " or <data dir>/"
          + ManagerRoute.SOCKET_FILE
          + "."
    })
public final class WarrenCommand {
  /**
   * The top-level commands, in the order help lists them. They are not in {@code @Command}'s {@code
   * subcommands}: {@link WarrenCli#forArguments} adds only the one a command line names, so a run
   * builds the model of one branch instead of the whole tree.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ClusterCommand.class,
          ServerCommand.class,
          ManagerGroupCommand.class,
          ServiceCommand.class,
          SecretCommand.class,
          VolumeCommand.class,
          ApplyCommand.class,
          CompletionCommand.class,
          EventsCommand.class,
          IngressCommand.class,
          CertificateCommand.class,
          NodeCommand.class,
          ContainerCommand.class,
          WorkerCommand.class);

  private final CliEnvironment environment;

  @Option(
      names = "--manager",
      scope = ScopeType.INHERIT,
      paramLabel = "HOST:PORT",
      converter = TcpAddressListConverter.class,
      description =
          "Manager API address (default: $"
              + ManagerLocator.VARIABLE
              + ", else the config file, else "
              + ManagerLocator.DEFAULT
              + "); several, comma-separated, are tried in turn until one answers.")
  TcpAddressListConverter.Addresses managers = new TcpAddressListConverter.Addresses(List.of());

  @Option(
      names = "--socket",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH",
      description =
          "Read through a manager's local read-only unix socket instead of TLS (reads only).")
  Path socket;

  @Option(
      names = "--stale",
      scope = ScopeType.INHERIT,
      description =
          "Let reads answer from what the manager reached has applied, without confirming with"
              + " the Raft leader: faster and possible without a quorum, but may miss the latest"
              + " writes (default: linearizable reads).")
  boolean stale;

  WarrenCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * The environment of the {@code warren} command line that {@code command} belongs to, or the
   * process's for a command run on its own.
   */
  public static CliEnvironment environmentOf(CommandSpec command) {
    return command.root().userObject() instanceof WarrenCommand root
        ? root.environment()
        : CliEnvironment.system();
  }

  /** What the process gives the command line besides arguments. */
  public CliEnvironment environment() {
    return environment;
  }

  /** The manager client commands talk to ({@link ManagerLocator}). */
  public TcpAddress managerAddress() {
    return ManagerLocator.locate(managers.all().stream().findFirst(), environment);
  }

  /**
   * Every manager {@link ManagerLocator} finds, in order: a client or a standalone worker tries
   * them in turn.
   */
  public List<TcpAddress> managerAddresses() {
    return ManagerLocator.locateAll(managers.all(), environment);
  }

  /** The socket the user asked for with {@code --socket}, if any ({@link ManagerRoute}). */
  public Optional<Path> socketOption() {
    return Optional.ofNullable(socket);
  }

  /** The consistency reads ask for: stale with {@code --stale}, else linearizable. */
  public ReadConsistency readConsistency() {
    return stale ? ReadConsistency.LOCAL : ReadConsistency.LINEARIZABLE;
  }
}
