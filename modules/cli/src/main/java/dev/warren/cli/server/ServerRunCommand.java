package dev.warren.cli.server;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ControlPlaneLauncher;
import dev.warren.cli.ForegroundManager;
import dev.warren.cli.ManagerNodeOptions;
import dev.warren.cli.config.DataDirectory;
import dev.warren.domain.error.FailedPreconditionException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warren server run}: runs the node of an existing data directory until Ctrl-C. Like {@code
 * cluster init}, it gives the user who runs it an admin certificate when they have no valid one:
 * whoever may start the manager may read its CA key anyway.
 */
@Command(
    name = "run",
    description = "Run the manager of an existing data directory in the foreground.")
public final class ServerRunCommand implements Callable<Integer> {
  private final ControlPlaneLauncher launcher;

  @Spec CommandSpec spec;

  @Mixin ManagerNodeOptions node;

  ServerRunCommand(CliPorts ports) {
    this.launcher = ports.launcher();
  }

  @Override
  public Integer call() throws InterruptedException {
    DataDirectory directory = node.dataDirectory();
    if (!directory.holdsNode()) {
      throw new FailedPreconditionException(
          "data directory "
              + directory
              + " holds no warren node; create a cluster first with: warren cluster init"
              + " --data-dir "
              + directory);
    }
    return ForegroundManager.run(spec, launcher, node, directory);
  }
}
