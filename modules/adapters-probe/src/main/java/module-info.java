/**
 * Health probes from the node a container runs on: HTTP and TCP with the JDK, commands via the
 * runtime.
 */
module dev.warren.adapters.probe {
  requires java.net.http;
  requires transitive dev.warren.domain;

  exports dev.warren.adapters.probe;
}
