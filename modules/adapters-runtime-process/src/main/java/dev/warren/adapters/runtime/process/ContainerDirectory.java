package dev.warren.adapters.runtime.process;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.task.TaskId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * One container's directory: its working directory, its output, and the small files that let a
 * later worker know what runs there — {@code pid} (written by the worker as soon as it spawned the
 * wrapper shell, and by the shell itself, so it exists even if the worker dies right after the
 * spawn), {@code exit} (written by the wrapper when the command ends) and {@code stop-reason}
 * (written here when a stop had to kill it).
 */
record ContainerDirectory(TaskId id, Path path) {

  static final String LOG = "output.log";

  /** The directory of container {@code id} below {@code root}. */
  static ContainerDirectory of(Path root, TaskId id) {
    String name = id.value();
    if (name.equals(".") || name.equals("..")) {
      throw new InvalidSpecException("container id '" + name + "' cannot name a directory");
    }
    return new ContainerDirectory(id, root.resolve(name));
  }

  Path workDir() {
    return path.resolve("work");
  }

  Path secretsDir() {
    return path.resolve("secrets");
  }

  Path log() {
    return path.resolve(LOG);
  }

  Path pidFile() {
    return path.resolve("pid");
  }

  Path exitFile() {
    return path.resolve("exit");
  }

  /** Made by the wrapper once its command runs and its SIGTERM handler is set. */
  Path readyFile() {
    return path.resolve("ready");
  }

  boolean exists() {
    return Files.isDirectory(path);
  }

  /** The process the wrapper recorded, once it has started. */
  Optional<ProcessIdentity> process() {
    return read("pid").flatMap(ProcessIdentity::parse);
  }

  /** The command's exit code, once the wrapper saw it end. */
  OptionalInt exitCode() {
    Optional<String> text = read("exit");
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text.get().strip()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  Optional<String> stopReason() {
    return read("stop-reason").map(String::strip);
  }

  void writeStopReason(String reason) {
    write("stop-reason", reason);
  }

  /**
   * Records {@code process} as this container's unless a record exists already (the wrapper's own,
   * which is never replaced). The record appears whole or not at all: written aside, then linked
   * into place, which fails rather than replace a file.
   *
   * @return whether a record exists now, this one or an earlier one; false if this file system
   *     cannot link files or the write failed
   */
  boolean recordIfAbsent(ProcessIdentity process) {
    Path temporary = path.resolve("pid.starter.tmp");
    try {
      Files.writeString(
          temporary, process.pid() + " " + process.startTicks() + "\n", StandardCharsets.UTF_8);
      try {
        Files.createLink(pidFile(), temporary);
      } catch (FileAlreadyExistsException recordedByTheWrapper) {
        // the wrapper was quicker: its record stands
      }
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // a stray temporary file in the container's own directory, removed with it
      }
    }
  }

  /** Removes the whole directory; a file that vanishes meanwhile is fine. */
  void delete() {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + path, e);
    }
  }

  private Optional<String> read(String name) {
    try {
      return Optional.of(Files.readString(path.resolve(name), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path.resolve(name), e);
    }
  }

  private void write(String name, String text) {
    Path target = path.resolve(name);
    Path temporary = path.resolve(name + ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
