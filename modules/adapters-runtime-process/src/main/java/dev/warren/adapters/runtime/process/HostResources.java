package dev.warren.adapters.runtime.process;

import dev.warren.domain.model.node.NodeResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What this machine offers to containers, as a worker registers it. */
public final class HostResources {
  private static final Path MEMINFO = Path.of("/proc/meminfo");

  private HostResources() {}

  /**
   * The CPUs this process may use, the machine's memory ({@code MemTotal} of /proc/meminfo, 0 when
   * unreadable) and the size of the file system that holds {@code dataDir} (0 when unknown).
   */
  public static NodeResources detect(Path dataDir) {
    return new NodeResources(
        Runtime.getRuntime().availableProcessors(), memoryBytes(), diskBytes(dataDir));
  }

  private static long memoryBytes() {
    try {
      List<String> lines = Files.readAllLines(MEMINFO);
      for (String line : lines) {
        if (line.startsWith("MemTotal:")) {
          String[] parts = line.trim().split("\\s+");
          return Long.parseLong(parts[1]) * 1024;
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // Not Linux, or a restricted /proc: the node registers without a memory figure.
    }
    return 0;
  }

  private static long diskBytes(Path dataDir) {
    try {
      Path existing = dataDir.toAbsolutePath();
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      return existing == null ? 0 : Files.getFileStore(existing).getTotalSpace();
    } catch (IOException unknown) {
      return 0;
    }
  }
}
