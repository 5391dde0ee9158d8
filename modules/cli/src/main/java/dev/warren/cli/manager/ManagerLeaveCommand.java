package dev.warren.cli.manager;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.cli.config.DataDirectory;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.RemoveNodeRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warren manager leave}: run on a manager, takes it out of the cluster: its node record is
 * removed and it leaves the Raft group, as {@code warren node rm ID} of it does. The node id is
 * read from the manager's data directory. The last manager is refused.
 */
@Command(
    name = "leave",
    description = {
      "Take the manager of this data directory out of the cluster (its node and its Raft"
          + " membership), through the manager --manager names (default: the local one).",
      "The last manager cannot leave. Stop the process afterwards; its data directory is then of"
          + " no further use."
    })
public final class ManagerLeaveCommand extends ManagerCommand {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "The leaving manager's data directory, for its node id (default: $XDG_DATA_HOME/warren,"
              + " else ~/.local/share/warren).")
  Path dataDir;

  ManagerLeaveCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    var directory =
        new DataDirectory(
            dataDir != null
                ? dataDir
                : DataDirectory.defaultRoot(System.getenv(), System.getProperty("user.home")));
    NodeId id =
        directory
            .storedNodeId()
            .orElseThrow(
                () ->
                    new FailedPreconditionException(
                        "data directory "
                            + directory
                            + " holds no warren node; run this on the manager that leaves (or"
                            + " give its --data-dir), or remove a manager by id with 'warren node"
                            + " rm ID'"));
    try (ManagerClient manager = connect()) {
      manager.nodes().remove(new RemoveNodeRequest(id));
    }
    out()
        .printf(
            "Manager %s left the cluster. Stop its process; its data directory %s is of no"
                + " further use.%n",
            id, directory);
    out().flush();
    return ExitCodes.OK;
  }
}
