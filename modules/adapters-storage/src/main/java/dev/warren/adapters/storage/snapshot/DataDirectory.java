package dev.warren.adapters.storage.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The state directory and its two siblings used while a snapshot is installed: {@code
 * <dir>.restoring} (the snapshot being extracted and checked) and {@code <dir>.previous} (the old
 * state, until the new one is open). The swap is two directory renames; {@link #recover} undoes or
 * finishes one a crash interrupted, so the store always opens a complete directory.
 */
public final class DataDirectory {
  private final Path directory;
  private final Path restoring;
  private final Path previous;

  public DataDirectory(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
    this.restoring = sibling("restoring");
    this.previous = sibling("previous");
  }

  private Path sibling(String suffix) {
    return directory.resolveSibling(directory.getFileName() + "." + suffix);
  }

  public Path path() {
    return directory;
  }

  /**
   * Brings the directory to a complete state after a crash: the old state comes back if the swap
   * stopped halfway, leftovers of a finished or abandoned install are removed. Creates the
   * directory if there is none.
   */
  public void recover() {
    try {
      if (!Files.exists(directory) && Files.exists(previous)) {
        Files.move(previous, directory, StandardCopyOption.ATOMIC_MOVE);
      }
      deleteTree(previous);
      deleteTree(restoring);
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the state directory " + directory, e);
    }
  }

  /** An empty staging directory for a snapshot being installed. */
  public Path newStaging() {
    try {
      deleteTree(restoring);
      return Files.createDirectories(restoring);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + restoring, e);
    }
  }

  /**
   * Puts the staged state in place of the current one, which is kept until {@link #commit} or
   * {@link #rollBack}.
   */
  public void swapInStaging() {
    try {
      Files.move(directory, previous, StandardCopyOption.ATOMIC_MOVE);
      Files.move(restoring, directory, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install the snapshot into " + directory, e);
    }
  }

  /** Puts the previous state back after the staged one failed to install or open. */
  public void rollBack() {
    try {
      if (Files.exists(previous)) {
        deleteTree(directory);
        Files.move(previous, directory, StandardCopyOption.ATOMIC_MOVE);
      }
      deleteTree(restoring);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore the previous state into " + directory, e);
    }
  }

  /** Forgets the previous state once the new one is open. */
  public void commit() {
    discard(previous);
  }

  /** Removes a staging directory that was not installed. */
  public void discardStaging() {
    discard(restoring);
  }

  private static void discard(Path tree) {
    try {
      deleteTree(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + tree, e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
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
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
