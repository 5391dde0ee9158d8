package dev.warren.domain.model.node;

import dev.warren.domain.model.shared.Checks;

/** Capacity a node offers. */
public record NodeResources(long cpuCores, long memoryBytes, long diskBytes) {
  public static final NodeResources NONE = new NodeResources(0, 0, 0);

  public NodeResources {
    Checks.atLeast("cpu cores", cpuCores, 0);
    Checks.atLeast("memory bytes", memoryBytes, 0);
    Checks.atLeast("disk bytes", diskBytes, 0);
  }
}
