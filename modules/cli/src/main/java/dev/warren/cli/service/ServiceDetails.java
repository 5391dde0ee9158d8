package dev.warren.cli.service;

import dev.warren.cli.render.RelativeTime;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import java.time.Instant;
import java.util.List;

/** What {@code inspect} prints of one service. */
final class ServiceDetails {
  private static final String FORMAT = "%-15s %s%n";

  private ServiceDetails() {}

  static String pretty(Service service, Instant now) {
    ServiceSpec spec = service.spec();
    var out = new StringBuilder();
    line(out, "ID:", service.id().value());
    line(out, "Name:", spec.name());
    line(out, "Image:", spec.image());
    line(out, "Mode:", spec.mode().wireName());
    line(out, "Replicas:", spec.replicas());
    line(out, "Version:", service.version().value());
    line(out, "Created:", when(service.createdAt(), now));
    line(out, "Updated:", when(service.updatedAt(), now));
    if (!spec.command().isEmpty()) {
      line(out, "Command:", String.join(" ", spec.command()));
    }
    lines(
        out,
        "Env:",
        spec.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    lines(out, "Ports:", spec.ports().stream().map(ServiceDetails::port).toList());
    line(
        out,
        "Restart:",
        spec.restartPolicy().condition().wireName()
            + " (delay "
            + spec.restartPolicy().delaySeconds()
            + "s, max attempts "
            + (spec.restartPolicy().maxAttempts() == 0
                ? "unlimited"
                : spec.restartPolicy().maxAttempts())
            + ")");
    line(
        out,
        "Resources:",
        "cpu shares "
            + unlimitedIfZero(spec.resources().cpuShares())
            + ", memory "
            + unlimitedIfZero(spec.resources().memoryBytes()));
    line(out, "Stop timeout:", spec.stopTimeoutSeconds() + "s");
    return out.toString();
  }

  private static String when(Instant then, Instant now) {
    return then + " (" + RelativeTime.ago(then, now) + ")";
  }

  private static String port(PortMapping port) {
    String container = port.containerPort() + "/" + port.protocol().wireName();
    return port.hostPort() == 0 ? container : port.hostPort() + ":" + container;
  }

  private static String unlimitedIfZero(long value) {
    return value == 0 ? "unlimited" : Long.toString(value);
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append(String.format(FORMAT, label, value));
  }

  /** The label on the first line only, the values aligned below it. */
  private static void lines(StringBuilder out, String label, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      line(out, i == 0 ? label : "", values.get(i));
    }
  }
}
