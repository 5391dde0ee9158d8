package dev.warren.cli.cluster;

import dev.warren.cli.BackupFiles;
import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerCommand;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.port.in.ClusterBackupHeader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code warren cluster backup FILE}: a consistent backup of the running cluster from a manager. It
 * arrives in {@code FILE.partial} (readable by its owner only: it holds the CA and data keys), is
 * checked whole, and only then replaces {@code FILE}, so FILE is never half written.
 */
@Command(
    name = "backup",
    description =
        "Write a consistent backup of the cluster (its state, CA and data key) to FILE;"
            + " administrators only.")
public final class ClusterBackupCommand extends ManagerCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the backup.")
  Path file;

  private final BackupFiles backups;

  ClusterBackupCommand(CliPorts ports) {
    super(ports);
    this.backups = ports.backups();
  }

  @Override
  public Integer call() {
    Path target = file.toAbsolutePath().normalize();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    ClusterBackupHeader sent;
    try {
      createOwnerOnly(partial);
      try (ManagerClient manager = connect();
          OutputStream out = Files.newOutputStream(partial, StandardOpenOption.WRITE)) {
        sent = manager.cluster().backup(out);
      }
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      ClusterBackupHeader written = backups.verify(partial);
      if (!written.equals(sent)) {
        throw new UnavailableException(
            "the backup that arrived ("
                + written
                + ") is not the one the manager sent ("
                + sent
                + "); take it again");
      }
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException("cannot write the backup to " + target + ": " + e, e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
    out()
        .printf(
            "Backed up cluster %s at applied index %d to %s%n",
            sent.clusterId(), sent.appliedIndex(), target);
    out().flush();
    return ExitCodes.OK;
  }

  private static void createOwnerOnly(Path partial) throws IOException {
    Files.deleteIfExists(partial);
    try {
      Files.createFile(
          partial,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(partial);
    }
  }

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException ignored) {
      // The failure that got us here is what the user needs to see.
    }
  }
}
