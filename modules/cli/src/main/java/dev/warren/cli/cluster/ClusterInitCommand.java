package dev.warren.cli.cluster;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ControlPlaneLauncher;
import dev.warren.cli.ForegroundManager;
import dev.warren.cli.ManagerNodeOptions;
import dev.warren.cli.config.DataDirectory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warren cluster init}: creates a cluster whose first manager is this process and runs it in
 * the foreground until Ctrl-C. On a data directory that already holds a cluster it says so and
 * resumes it, keeping all state. Either way the user who runs it gets an admin certificate of the
 * cluster in their credentials directory when it holds no valid one.
 */
@Command(
    name = "init",
    description = {
      "Create a new single-manager cluster and run its manager in the foreground.",
      "If the data directory already holds a cluster, it is resumed.",
      "Writes an admin certificate for you to $XDG_CONFIG_HOME/warren/tls unless a valid one of"
          + " this cluster is there."
    })
public final class ClusterInitCommand implements Callable<Integer> {
  private final ControlPlaneLauncher launcher;

  @Spec CommandSpec spec;

  @Mixin ManagerNodeOptions node;

  ClusterInitCommand(CliPorts ports) {
    this.launcher = ports.launcher();
  }

  @Override
  public Integer call() throws InterruptedException {
    DataDirectory directory = node.dataDirectory();
    return ForegroundManager.run(spec, launcher, node, directory);
  }
}
