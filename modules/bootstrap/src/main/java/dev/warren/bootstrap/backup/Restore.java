package dev.warren.bootstrap.backup;

import dev.warren.adapters.raft.RatisReplicatedLogAdapter;
import dev.warren.adapters.storage.ClusterBackupFile;
import dev.warren.cli.BackupFiles;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.port.in.ClusterBackupHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * {@code warren cluster restore}: checks a backup file and turns it into the data directory of a
 * new cluster of one manager, like etcd's {@code --force-new-cluster}. The cluster keeps its id, CA
 * and data key, so certificates it issued and secrets it sealed still work; its Raft group is new
 * (this manager the only member) and its log continues after the backup's applied index. The node
 * id and the node certificate are made when a manager first starts on the directory.
 */
public final class Restore implements BackupFiles {

  @Override
  public ClusterBackupHeader verify(Path backup) {
    return header(check(backup));
  }

  @Override
  public ClusterBackupHeader restore(Path backup, Path dataDir) {
    Path root = dataDir.toAbsolutePath().normalize();
    requireEmpty(root);
    check(backup);
    // Built beside the target and renamed into place, so a failed restore leaves nothing behind.
    Path staging = root.resolveSibling(root.getFileName() + ".restoring");
    deleteTree(staging);
    try {
      Path sections = Files.createDirectories(staging.resolve("backup-sections"));
      ClusterBackupFile.Header header = ClusterBackupFile.extract(backup, sections);
      // The layout of ManagerConfig: pki/, keys/ and raft/ (state/ is filled from the snapshot).
      Path pki = ownerOnlyDirectory(staging.resolve("pki"));
      Path keys = ownerOnlyDirectory(staging.resolve("keys"));
      Files.move(sections.resolve("ca.crt"), pki.resolve("ca.crt"));
      ownerOnly(Files.move(sections.resolve("ca.key"), pki.resolve("ca.key")));
      ownerOnly(Files.move(sections.resolve("data.key"), keys.resolve("data.key")));
      RatisReplicatedLogAdapter.seedFromSnapshot(
          staging.resolve("raft"), sections.resolve("state"), header.appliedIndex());
      deleteTree(sections);
      if (Files.exists(root)) {
        Files.delete(root);
      }
      Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
      return header(header);
    } catch (IOException e) {
      deleteTree(staging);
      throw new UncheckedIOException("cannot restore into " + root + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
  }

  private static ClusterBackupFile.Header check(Path backup) {
    if (!Files.isRegularFile(backup)) {
      throw new InvalidSpecException("backup file " + backup + " does not exist");
    }
    try {
      return ClusterBackupFile.verify(backup);
    } catch (IllegalArgumentException corrupt) {
      throw new InvalidSpecException(corrupt.getMessage());
    }
  }

  private static void requireEmpty(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> entries = Files.list(root)) {
      if (entries.findAny().isPresent()) {
        throw new FailedPreconditionException(
            "data directory "
                + root
                + " is not empty; restore into a new directory (a restore never overwrites one)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
  }

  private static ClusterBackupHeader header(ClusterBackupFile.Header header) {
    return new ClusterBackupHeader(
        header.formatVersion(), header.clusterId(), header.appliedIndex());
  }

  private static Path ownerOnlyDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // Non-POSIX file systems keep their own access rules.
    }
    return dir;
  }

  private static Path ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Non-POSIX file systems keep their own access rules.
    }
    return file;
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
