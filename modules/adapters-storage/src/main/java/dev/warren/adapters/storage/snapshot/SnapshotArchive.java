package dev.warren.adapters.storage.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jetbrains.exodus.backup.BackupStrategy;
import jetbrains.exodus.backup.VirtualFileDescriptor;

/**
 * A snapshot file: a zip whose first entry is a marker naming the format, followed by the
 * environment's log files as Xodus' backup strategy hands them out (each cut at the length it had
 * when the backup began, so the copy is consistent while writes go on). Restoring accepts nothing
 * else: a foreign or tampered archive cannot place files outside the staging directory.
 */
public final class SnapshotArchive {
  private static final String MARKER_ENTRY = "WARREN-STATE-SNAPSHOT";
  private static final byte[] MARKER =
      "warren cluster state snapshot, xodus environment, format 1\n"
          .getBytes(StandardCharsets.US_ASCII);
  private static final String LOG_PREFIX = "xodus/";
  // Xodus names a log file by its address in base 32 (LogUtil: digits, then a-v), 11 characters.
  private static final Pattern LOG_FILE = Pattern.compile("[0-9a-v]{11}\\.xd");

  private SnapshotArchive() {}

  /**
   * Writes the environment behind {@code strategy} to {@code target}, which must not exist; a
   * partly written file is deleted.
   *
   * @throws UncheckedIOException if the archive cannot be written
   */
  public static void write(BackupStrategy strategy, Path target) {
    OutputStream file;
    try {
      file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the state snapshot " + target, e);
    }
    try (file;
        var zip = new ZipOutputStream(file)) {
      zip.setLevel(1);
      zip.putNextEntry(new ZipEntry(MARKER_ENTRY));
      zip.write(MARKER);
      zip.closeEntry();
      strategy.beforeBackup();
      try {
        for (VirtualFileDescriptor descriptor : strategy.getContents()) {
          copyLogFile(strategy, descriptor, zip);
        }
      } finally {
        strategy.afterBackup();
      }
    } catch (IOException e) {
      deletePartial(target);
      throw new UncheckedIOException("cannot write the state snapshot " + target, e);
    } catch (Exception e) {
      deletePartial(target);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new UncheckedIOException(
          "cannot write the state snapshot " + target, new IOException(e.getMessage(), e));
    }
  }

  private static void copyLogFile(
      BackupStrategy strategy, VirtualFileDescriptor descriptor, ZipOutputStream zip)
      throws IOException {
    if (!descriptor.hasContent()) {
      return;
    }
    long length = Math.min(descriptor.getFileSize(), strategy.acceptFile(descriptor));
    if (length <= 0) {
      return;
    }
    if (!descriptor.getPath().isEmpty() || !LOG_FILE.matcher(descriptor.getName()).matches()) {
      throw new IOException("unexpected file in the environment: " + descriptor.getName());
    }
    zip.putNextEntry(new ZipEntry(LOG_PREFIX + descriptor.getName()));
    InputStream in = descriptor.getInputStream();
    try {
      long copied = copy(in, zip, length);
      if (copied != length) {
        throw new IOException(
            descriptor.getName() + " ended after " + copied + " of " + length + " bytes");
      }
    } finally {
      if (descriptor.shouldCloseStream()) {
        in.close();
      }
    }
    zip.closeEntry();
  }

  /**
   * Extracts the log files of the snapshot in {@code source} into {@code directory} (empty).
   *
   * @throws IllegalArgumentException if {@code source} is not a snapshot in this format
   * @throws UncheckedIOException if it cannot be read or the files cannot be written
   */
  public static void extract(Path source, Path directory) {
    try (InputStream file = Files.newInputStream(source);
        var zip = new ZipInputStream(file)) {
      ZipEntry marker = zip.getNextEntry();
      if (marker == null
          || !marker.getName().equals(MARKER_ENTRY)
          || !Arrays.equals(zip.readNBytes(MARKER.length + 1), MARKER)) {
        throw notASnapshot(source, "it does not start with the snapshot marker");
      }
      int files = 0;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        if (!name.startsWith(LOG_PREFIX)
            || !LOG_FILE.matcher(name.substring(LOG_PREFIX.length())).matches()) {
          throw notASnapshot(source, "unexpected entry " + name);
        }
        Path extracted = directory.resolve(name.substring(LOG_PREFIX.length()));
        if (Files.exists(extracted)) {
          throw notASnapshot(source, "entry " + name + " appears twice");
        }
        Files.copy(zip, extracted);
        files++;
      }
      if (files == 0) {
        throw notASnapshot(source, "it holds no environment files");
      }
    } catch (ZipException e) {
      throw new IllegalArgumentException(
          source + " is not a warren state snapshot: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state snapshot " + source, e);
    }
  }

  private static IllegalArgumentException notASnapshot(Path source, String why) {
    return new IllegalArgumentException(source + " is not a warren state snapshot: " + why);
  }

  private static long copy(InputStream in, OutputStream out, long length) throws IOException {
    var buffer = new byte[64 * 1024];
    long copied = 0;
    while (copied < length) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, length - copied));
      if (read < 0) {
        break;
      }
      out.write(buffer, 0, read);
      copied += read;
    }
    return copied;
  }

  private static void deletePartial(Path target) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException ignored) {
      // The original failure is what the caller needs to see.
    }
  }
}
