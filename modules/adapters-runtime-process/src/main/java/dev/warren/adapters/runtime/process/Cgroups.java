package dev.warren.adapters.runtime.process;

import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.task.TaskId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory and CPU limits through cgroup v1 ({@code memory}, {@code cpu} hierarchies, as on machines
 * without systemd): one group per container under {@code warren/}, which the wrapper shell joins
 * before it runs the command, so every process the command starts is inside. Where the hierarchies
 * are missing or not writable (cgroup v2, no root), containers run without limits.
 */
final class Cgroups {
  private static final String PARENT = "warren";

  private final Path root;

  Cgroups(Path root) {
    this.root = root;
  }

  /** Whether limits can be applied here. */
  boolean available() {
    return Files.isWritable(root.resolve("memory")) && Files.isWritable(root.resolve("cpu"));
  }

  /**
   * Creates the groups container {@code id} needs for {@code resources} and returns their {@code
   * cgroup.procs} files, which the wrapper writes its pid to; none when nothing is limited or
   * limits are not available.
   */
  List<Path> prepare(TaskId id, Resources resources) {
    List<Path> procs = new ArrayList<>();
    if (!available()) {
      return procs;
    }
    if (resources.memoryBytes() > 0) {
      Path group = group("memory", id);
      write(group.resolve("memory.limit_in_bytes"), Long.toString(resources.memoryBytes()));
      procs.add(group.resolve("cgroup.procs"));
    }
    if (resources.cpuShares() > 0) {
      Path group = group("cpu", id);
      // The kernel's minimum weight is 2.
      write(group.resolve("cpu.shares"), Long.toString(Math.max(2, resources.cpuShares())));
      procs.add(group.resolve("cgroup.procs"));
    }
    return procs;
  }

  /** Removes container {@code id}'s groups; a group still holding a process stays (and is said). */
  void remove(TaskId id) {
    for (String controller : List.of("memory", "cpu")) {
      Path group = root.resolve(controller).resolve(PARENT).resolve(id.value());
      try {
        Files.deleteIfExists(group);
      } catch (IOException e) {
        // a cgroup directory is removed with rmdir once empty; busy means a process lingers
        throw new UncheckedIOException("cannot remove cgroup " + group, e);
      }
    }
  }

  private Path group(String controller, TaskId id) {
    Path group = root.resolve(controller).resolve(PARENT).resolve(id.value());
    try {
      Files.createDirectories(group);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create cgroup " + group, e);
    }
    return group;
  }

  private static void write(Path file, String value) {
    try {
      Files.writeString(file, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
