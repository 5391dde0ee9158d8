package dev.warren.cli.cluster;

import dev.warren.cli.BackupFiles;
import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.config.DataDirectory;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.port.in.ClusterBackupHeader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warren cluster restore FILE --data-dir DIR}: offline, turns a backup into the data
 * directory of a new cluster of one manager (like etcd's {@code --force-new-cluster}); {@code
 * warren server run --data-dir DIR} then serves it. Nothing is written unless the whole file checks
 * out and DIR is new or empty.
 */
@Command(
    name = "restore",
    description =
        "Create the data directory of a new one-manager cluster from a backup (offline); then"
            + " start it with: warren server run --data-dir DIR.")
public final class ClusterRestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A file from warren cluster backup.")
  Path file;

  @Option(
      names = "--data-dir",
      required = true,
      paramLabel = "DIR",
      description = "A new or empty directory for the restored manager.")
  Path dataDir;

  @Option(
      names = "--node-id",
      paramLabel = "ID",
      description = "The restored manager's node id (default: a new random one).")
  String nodeId;

  private final BackupFiles backups;

  ClusterRestoreCommand(CliPorts ports) {
    this.backups = ports.backups();
  }

  @Override
  public Integer call() {
    Optional<NodeId> requested = Optional.ofNullable(nodeId).map(NodeId::of);
    ClusterBackupHeader header = backups.restore(file, dataDir);
    var directory = new DataDirectory(dataDir);
    NodeId id = directory.nodeId(requested);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Restored cluster %s at applied index %d into %s as node %s, its only manager.%n"
            + "Start it with: warren server run --data-dir %s%n",
        header.clusterId(), header.appliedIndex(), directory, id, directory);
    out.flush();
    return ExitCodes.OK;
  }
}
