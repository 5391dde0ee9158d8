package dev.warren.cli.worker;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ForegroundNode;
import dev.warren.cli.WarrenCommand;
import dev.warren.cli.WorkerOptions;
import dev.warren.cli.cluster.LoginToken;
import dev.warren.cli.config.DataDirectory;
import dev.warren.cli.config.TcpAddress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code warren worker start --manager HOST:PORT[,HOST:PORT…] --token TOKEN}: runs this machine as
 * a worker in the foreground. The first start redeems the worker token for a certificate (the key
 * is made here; only a CSR is sent) and chooses the node id; later starts resume with both. Ctrl-C
 * stops the worker; its containers keep running and the next start adopts them.
 */
@Command(
    name = "start",
    description =
        "Join the cluster as a worker (first start: with a worker join token) and run the"
            + " containers the managers assign to this node, until Ctrl-C.")
public final class WorkerStartCommand implements Callable<Integer> {
  static final String STOPPED_LINE = "warren worker stopped (its containers keep running)";

  private final WorkerLauncher launcher;

  @Spec CommandSpec spec;

  @Mixin WorkerOptions worker;

  /** Where the token may come from instead of the command line, which other users can read. */
  static final String TOKEN_VARIABLE = "WARREN_TOKEN";

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "A join token from 'warren cluster join-token worker' (default: $WARREN_TOKEN, which"
              + " keeps it out of the process list).")
  String token;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Data directory: node id, certificate, containers (default: $XDG_DATA_HOME/warren-worker,"
              + " else ~/.local/share/warren-worker).")
  Path dataDir;

  @Option(
      names = "--advertise-address",
      paramLabel = "ADDR",
      description =
          "The address managers reach this node at (default: the one it connects to them from).")
  String advertiseAddress;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Deadline of each call to a manager in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  WorkerStartCommand(CliPorts ports) {
    this.launcher = ports.workers();
  }

  @Override
  public Integer call() throws InterruptedException {
    if (token == null) {
      token =
          WarrenCommand.environmentOf(spec)
              .variable(TOKEN_VARIABLE)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "a join token is required: give --token TOKEN or set " + TOKEN_VARIABLE));
    }
    LoginToken.parse(token);
    List<TcpAddress> managers =
        spec.root().userObject() instanceof WarrenCommand root
            ? root.managerAddresses()
            : List.of();
    var directory =
        new DataDirectory(
            dataDir != null
                ? dataDir
                : Path.of(
                    DataDirectory.defaultRoot(System.getenv(), System.getProperty("user.home"))
                        + "-worker"));
    var config =
        new WorkerNodeConfig(
            managers,
            token.strip(),
            directory.root(),
            directory.nodeId(Optional.empty()),
            worker.config(),
            Optional.ofNullable(advertiseAddress).map(String::strip),
            Duration.ofSeconds(Math.max(1, timeoutSeconds)));
    return run(launcher, config, spec.commandLine().getOut());
  }

  /**
   * Starts the worker for {@code config}, prints what it is to {@code out} and blocks until it
   * stops. Ctrl-C (any JVM shutdown) closes it through a shutdown hook.
   *
   * @return {@link ExitCodes#OK} once stopped
   */
  static int run(WorkerLauncher launcher, WorkerNodeConfig config, PrintWriter out)
      throws InterruptedException {
    return ForegroundNode.runUntilStopped(
        launcher.create(config),
        "warren-worker-shutdown",
        STOPPED_LINE,
        out,
        WorkerStartCommand::print);
  }

  private static void print(WorkerStartReport report, PrintWriter out) {
    out.printf(
        "%s node %s of cluster %s in %s.%n",
        report.resumed() ? "Resumed worker" : "Joined as worker",
        report.nodeId(),
        report.clusterId(),
        report.dataDir());
    out.printf("Manager:     %s%n", report.manager());
    out.printf(
        "Certificate: valid until %s (renewed automatically)%n", report.certificateNotAfter());
    out.printf("Runtime:     %s%n", report.runtime());
    out.println("Worker running; press Ctrl-C to stop (containers keep running).");
    out.flush();
  }
}
