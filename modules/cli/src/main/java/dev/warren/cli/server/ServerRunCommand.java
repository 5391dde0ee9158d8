package dev.warren.cli.server;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ForegroundManagerCommand;
import dev.warren.cli.config.DataDirectory;
import dev.warren.domain.error.FailedPreconditionException;
import picocli.CommandLine.Command;

/**
 * {@code warren server run}: runs the node of an existing data directory until Ctrl-C. Like {@code
 * cluster init}, it gives the user who runs it an admin certificate when they have no valid one:
 * whoever may start the manager may read its CA key anyway.
 */
@Command(
    name = "run",
    description = "Run the manager of an existing data directory in the foreground.")
public final class ServerRunCommand extends ForegroundManagerCommand {
  ServerRunCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  protected void requireUsable(DataDirectory directory) {
    if (!directory.holdsNode()) {
      throw new FailedPreconditionException(
          "data directory "
              + directory
              + " holds no warren node; create a cluster first with: warren cluster init"
              + " --data-dir "
              + directory);
    }
  }
}
