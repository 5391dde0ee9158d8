package dev.warren.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writing key and certificate files: readable by their owner only, replaced atomically. */
public final class PemFiles {
  private PemFiles() {}

  /**
   * Writes {@code pem} to {@code name} in {@code directory} (mode 0600): into a temporary file
   * first, then moved over the old one, so a reader never sees half a key.
   */
  public static void writePrivate(Path directory, String name, String pem) throws IOException {
    Path target = directory.resolve(name);
    Path temporary = Files.createTempFile(directory, "." + name, ".tmp");
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
