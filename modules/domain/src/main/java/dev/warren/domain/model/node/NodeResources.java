package dev.warren.domain.model.node;

import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;

/** Capacity a node offers. */
public record NodeResources(long cpuCores, long memoryBytes, long diskBytes) {
  public static final NodeResources NONE = new NodeResources(0, 0, 0);

  public NodeResources {
    Checks.atLeast("cpu cores", cpuCores, 0);
    Checks.atLeast("memory bytes", memoryBytes, 0);
    Checks.atLeast("disk bytes", diskBytes, 0);
  }

  /**
   * These resources, if a real machine could have them (see {@link InputLimits}); a node's report
   * is checked with this before it is stored.
   *
   * @throws dev.warren.domain.error.InvalidSpecException naming the field past its limit
   */
  public NodeResources withinLimits() {
    Checks.between("cpu cores", cpuCores, 0, InputLimits.NODE_CPU_CORES);
    Checks.between("memory bytes", memoryBytes, 0, InputLimits.MEMORY_BYTES);
    Checks.between("disk bytes", diskBytes, 0, InputLimits.DISK_BYTES);
    return this;
  }
}
