package dev.warren.cli;

import dev.warren.cli.config.DataDirectory;
import dev.warren.cli.config.ManagerConfig;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a manager in the foreground: starts it, says where it listens, and blocks until it stops.
 * Ctrl-C (any JVM shutdown) stops it through a shutdown hook, which prints {@code warren manager
 * stopped} once everything is closed.
 */
public final class ForegroundManager {
  static final String STOPPED_LINE = "warren manager stopped";

  private ForegroundManager() {}

  /**
   * Starts the manager {@code options} describe on {@code directory}, with admin credentials for
   * the user of {@code command}, prints its addresses to the command's output and blocks until it
   * stops.
   *
   * @return {@link ExitCodes#OK} once stopped
   */
  public static int run(
      CommandSpec command,
      ControlPlaneLauncher launcher,
      ManagerNodeOptions options,
      DataDirectory directory)
      throws InterruptedException {
    return run(
        launcher,
        options.config(directory, WarrenCommand.environmentOf(command).credentials()),
        command.commandLine().getOut());
  }

  /**
   * Starts the manager for {@code config}, prints its addresses to {@code out} and blocks until it
   * stops.
   *
   * @return {@link ExitCodes#OK} once stopped
   * @throws RuntimeException whatever {@link ControlPlane#start} throws; nothing is left open
   */
  public static int run(ControlPlaneLauncher launcher, ManagerConfig config, PrintWriter out)
      throws InterruptedException {
    boolean joining = config.join().isPresent();
    return ForegroundNode.runUntilStopped(
        launcher.create(config),
        "warren-shutdown",
        STOPPED_LINE,
        out,
        (report, printer) -> print(report, joining, printer));
  }

  private static void print(StartReport report, boolean joining, PrintWriter out) {
    if (report.resumed()) {
      out.printf(
          "Data directory %s already holds cluster %s; resuming it.%n",
          report.dataDir(), report.clusterId());
    } else if (joining) {
      out.printf("Joined cluster %s as a manager in %s.%n", report.clusterId(), report.dataDir());
    } else {
      out.printf("Initialized cluster %s in %s.%n", report.clusterId(), report.dataDir());
    }
    out.printf("Cluster id:  %s%n", report.clusterId());
    out.printf("Node id:     %s%n", report.nodeId());
    out.printf("API:         %s%n", report.api());
    out.printf("Raft:        %s%n", report.raft());
    out.printf("Metrics:     http://%s/metrics%n", report.metrics());
    out.printf("Socket:      %s (read-only)%n", report.socket());
    out.printf(
        "Worker:      %s%n", report.worker().orElse("none (--no-worker): runs no containers"));
    report
        .adminCredentials()
        .ifPresent(
            directory ->
                out.printf(
                    "Admin credentials: %s%s%n",
                    directory, report.adminCredentialsIssued() ? " (new certificate)" : " (kept)"));
    out.println("Manager running; press Ctrl-C to stop.");
    out.flush();
  }
}
