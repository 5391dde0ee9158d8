package dev.warren.domain.port.out;

import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.policy.HealthTracking.ProbeResult;
import java.time.Duration;

/**
 * Runs one health probe against a container from the node it runs on. Containers share the node's
 * network (host networking), so HTTP and TCP probes reach {@code 127.0.0.1:port}; a command probe
 * runs through the container's runtime.
 */
public interface HealthProbePort {

  /**
   * Probes {@code container} once, waiting at most {@code timeout}. Never throws for what the probe
   * finds: a refused connection, a wrong status or a timeout is an unhealthy result whose message
   * says which (short, one line).
   */
  ProbeResult probe(RuntimeContainer container, HealthProbe probe, Duration timeout);
}
