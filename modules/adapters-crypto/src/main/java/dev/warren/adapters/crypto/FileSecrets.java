package dev.warren.adapters.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes key and certificate files on a POSIX file system so that no other user can ever read a
 * key, not even for a moment, and no reader ever sees half a file.
 */
final class FileSecrets {
  static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> PUBLIC_FILE = PosixFilePermissions.fromString("rw-r--r--");

  private FileSecrets() {}

  /** Creates {@code directory} (and missing parents) as 0700 unless it already exists. */
  static void createPrivateDirectory(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
    // The umask may have cleared bits of the creation mode; set it exactly.
    Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
  }

  /**
   * Replaces {@code target} with {@code content}: the bytes go to a temporary file in the same
   * directory that has {@code permissions} before it holds any content, are forced to disk, and the
   * file is then renamed over the target in one atomic step.
   */
  static void writeAtomically(Path target, byte[] content, Set<PosixFilePermission> permissions)
      throws IOException {
    Path temporary =
        Files.createTempFile(
            target.getParent(),
            "." + target.getFileName(),
            ".tmp",
            PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.setPosixFilePermissions(temporary, permissions);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
