package dev.warren.adapters.runtime.process;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.task.TaskId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
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
 * later worker know what runs there — {@code pid} (written by the wrapper shell itself, so it
 * exists as soon as the process does), {@code exit} (written by the wrapper when the command ends)
 * and {@code stop-reason} (written here when a stop had to kill it).
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
