package dev.warren.bootstrap.lifecycle;

import dev.warren.domain.error.FailedPreconditionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held for as long as a manager runs in it, so that a second
 * process on the same directory fails at once with a clear message instead of deep inside Xodus or
 * Ratis.
 */
final class DataDirectoryLock implements AutoCloseable {
  private static final String LOCK_FILE = "warren.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Creates {@code dataDir} if needed and locks it.
   *
   * @throws FailedPreconditionException if another process (or another server in this JVM) holds
   *     the lock
   * @throws UncheckedIOException if the directory or lock file cannot be created
   */
  static DataDirectoryLock acquire(Path dataDir) {
    Path file = dataDir.resolve(LOCK_FILE);
    FileChannel channel;
    try {
      Files.createDirectories(dataDir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (IOException | OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new FailedPreconditionException(
          "data directory " + dataDir + " is in use by another warren process");
    }
    return new DataDirectoryLock(channel, lock);
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock on the data directory", e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException alreadyFailing) {
      // The caller reports the lock failure; a failed close of an unlocked channel adds nothing.
    }
  }
}
