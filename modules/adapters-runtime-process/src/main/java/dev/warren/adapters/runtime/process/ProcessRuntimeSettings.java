package dev.warren.adapters.runtime.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the process runtime keeps its containers and how much output it keeps of each.
 *
 * @param root one directory per container below it (working directory, logs, record)
 * @param logFileBytes a container's current log file is rotated once it passes this size
 * @param rotatedLogFiles how many rotated log files are kept beside the current one
 * @param rotationInterval how often log sizes are checked
 * @param cgroupRoot the cgroup v1 mount ({@code /sys/fs/cgroup}); limits are applied only where its
 *     memory and cpu hierarchies are writable
 */
public record ProcessRuntimeSettings(
    Path root, long logFileBytes, int rotatedLogFiles, Duration rotationInterval, Path cgroupRoot) {

  /** Logs of at most 10 MiB plus one rotated file, checked every 2 s; cgroups where they are. */
  public static ProcessRuntimeSettings under(Path root) {
    return new ProcessRuntimeSettings(
        root, 10L * 1024 * 1024, 1, Duration.ofSeconds(2), Path.of("/sys/fs/cgroup"));
  }

  public ProcessRuntimeSettings {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(rotationInterval, "rotation interval");
    Objects.requireNonNull(cgroupRoot, "cgroup root");
    if (logFileBytes < 1024) {
      throw new IllegalArgumentException(
          "log file bytes must be at least 1024, got " + logFileBytes);
    }
    if (rotatedLogFiles < 1) {
      throw new IllegalArgumentException(
          "rotated log files must be at least 1, got " + rotatedLogFiles);
    }
    if (rotationInterval.isNegative() || rotationInterval.isZero()) {
      throw new IllegalArgumentException("rotation interval must be positive");
    }
  }

  /** These settings with logs rotated past {@code bytes}, checked every {@code interval}. */
  public ProcessRuntimeSettings withLogLimit(long bytes, Duration interval) {
    return new ProcessRuntimeSettings(root, bytes, rotatedLogFiles, interval, cgroupRoot);
  }

  /** These settings with cgroups looked for under {@code path}. */
  public ProcessRuntimeSettings withCgroupRoot(Path path) {
    return new ProcessRuntimeSettings(root, logFileBytes, rotatedLogFiles, rotationInterval, path);
  }
}
