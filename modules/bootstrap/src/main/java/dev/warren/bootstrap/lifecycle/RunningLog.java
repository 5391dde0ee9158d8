package dev.warren.bootstrap.lifecycle;

import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.Objects;

/**
 * A started replicated log and the address its peers reach it at ({@code host:port}, or a
 * description for an in-process log), for the startup banner.
 */
public record RunningLog(ReplicatedLogPort log, String address) {
  public RunningLog {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(address, "address");
  }
}
