package dev.warren.cli.manager;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ControlPlaneLauncher;
import dev.warren.cli.ForegroundManager;
import dev.warren.cli.ManagerNodeOptions;
import dev.warren.cli.WarrenCommand;
import dev.warren.cli.cluster.LoginToken;
import dev.warren.cli.config.DataDirectory;
import dev.warren.cli.config.ManagerConfig;
import dev.warren.cli.config.ManagerJoin;
import dev.warren.cli.config.TcpAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code warren manager join --manager HOST:PORT --token TOKEN}: runs this machine as a further
 * manager of a running cluster, in the foreground until Ctrl-C. The first start redeems the manager
 * token for a manager certificate, receives the cluster CA and data key from a manager over mutual
 * TLS, joins the Raft group as a voter and then serves the API (and runs containers unless {@code
 * --no-worker}). Later starts on the same data directory resume with its state, and need no token.
 */
@Command(
    name = "join",
    description = {
      "Join a running cluster as a manager (first start: with a manager join token from"
          + " 'warren cluster join-token manager') and run it in the foreground until Ctrl-C.",
      "On a data directory that already holds the cluster, resumes it; no token is needed then."
    })
public final class ManagerJoinCommand implements Callable<Integer> {
  /** Where the token may come from instead of the command line, which other users can read. */
  static final String TOKEN_VARIABLE = "WARREN_TOKEN";

  private final ControlPlaneLauncher launcher;

  @Spec CommandSpec spec;

  @Mixin ManagerNodeOptions node;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "A manager join token from 'warren cluster join-token manager' (default: $WARREN_TOKEN,"
              + " which keeps it out of the process list).")
  String token;

  ManagerJoinCommand(CliPorts ports) {
    this.launcher = ports.launcher();
  }

  @Override
  public Integer call() throws InterruptedException {
    DataDirectory directory = node.dataDirectory();
    boolean resuming = directory.holdsNode();
    Optional<String> given =
        Optional.ofNullable(token)
            .or(() -> WarrenCommand.environmentOf(spec).variable(TOKEN_VARIABLE))
            .map(String::strip);
    if (given.isEmpty() && !resuming) {
      throw new ParameterException(
          spec.commandLine(),
          "a manager join token is required to join: give --token TOKEN or set "
              + TOKEN_VARIABLE
              + " (make one on a manager with 'warren cluster join-token manager')");
    }
    given.ifPresent(LoginToken::parse);
    List<TcpAddress> managers =
        spec.root().userObject() instanceof WarrenCommand root
            ? root.managerAddresses()
            : List.of();
    ManagerConfig config = node.config(directory, WarrenCommand.environmentOf(spec).credentials());
    // The token only counts while the data directory holds no cluster; the manager ignores it then.
    if (given.isPresent()) {
      config = config.withJoin(new ManagerJoin(managers, given.get()));
    }
    return ForegroundManager.run(launcher, config, spec.commandLine().getOut());
  }
}
