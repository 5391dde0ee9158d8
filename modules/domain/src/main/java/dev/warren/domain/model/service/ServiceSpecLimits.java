package dev.warren.domain.model.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.InputLimits;
import java.util.List;

/**
 * The {@link InputLimits} a service spec from a client must keep: image reference, environment,
 * command, counts of ports, mounts and networks, resources, and its total size.
 */
public final class ServiceSpecLimits {
  private static final int NUMBER_BYTES = 8;

  private ServiceSpecLimits() {}

  /**
   * @throws InvalidSpecException naming the first field past its limit
   */
  public static ServiceSpec check(ServiceSpec spec) {
    InputLimits.image("image", spec.image());
    InputLimits.env("env", spec.env());
    InputLimits.command("command", spec.command());
    InputLimits.texts("networks", spec.networks(), InputLimits.NETWORKS, InputLimits.TEXT_CHARS);
    Checks.maxCount("volumes", spec.volumes(), InputLimits.VOLUME_MOUNTS);
    for (VolumeMount mount : spec.volumes()) {
      Checks.text("volume mount target", mount.target(), InputLimits.TEXT_CHARS);
    }
    Checks.maxCount("ports", spec.ports(), InputLimits.PORTS);
    for (PortMapping port : spec.ports()) {
      Checks.text("port name", port.name(), Checks.NAME_CHARS);
    }
    spec.healthCheck().ifPresent(check -> probe(check.probe()));
    Checks.maxCount(
        "update config canary steps", spec.updateConfig().canarySteps(), InputLimits.CANARY_STEPS);
    resources(spec.resources());
    long size = bytes(spec);
    if (size > InputLimits.SERVICE_SPEC_BYTES) {
      throw new InvalidSpecException(
          "service spec is about "
              + size
              + " bytes; the limit is "
              + InputLimits.SERVICE_SPEC_BYTES
              + " (64 KiB): move large values into a secret or a volume");
    }
    return spec;
  }

  /** A replica's resources within what any node could offer. */
  public static Resources resources(Resources resources) {
    Checks.between("cpu shares", resources.cpuShares(), 0, InputLimits.CPU_SHARES);
    Checks.between("memory bytes", resources.memoryBytes(), 0, InputLimits.MEMORY_BYTES);
    Checks.between(
        "memory reservation bytes",
        resources.memoryReservationBytes(),
        0,
        InputLimits.MEMORY_BYTES);
    return resources;
  }

  private static void probe(HealthProbe probe) {
    switch (probe) {
      case HealthProbe.Http http -> {
        Checks.text("health check http path", http.path(), InputLimits.TEXT_CHARS);
        Checks.maxCount(
            "health check http headers", http.headers(), InputLimits.HEALTH_CHECK_HEADERS);
        for (HealthProbe.Header header : http.headers()) {
          Checks.text("health check header key", header.key(), InputLimits.LABEL_KEY_CHARS);
          Checks.text("health check header value", header.value(), InputLimits.LABEL_VALUE_CHARS);
        }
      }
      case HealthProbe.Tcp tcp -> {}
      case HealthProbe.Exec exec ->
          InputLimits.command("health check exec command", exec.command());
    }
  }

  private static long bytes(ServiceSpec spec) {
    long size = InputLimits.utf8Bytes(spec.name()) + InputLimits.utf8Bytes(spec.image());
    size += 32 * NUMBER_BYTES; // replicas, modes, update config, restart policy, resources
    size += strings(spec.networks()) + strings(spec.command());
    for (var entry : spec.env().entrySet()) {
      size += InputLimits.utf8Bytes(entry.getKey()) + InputLimits.utf8Bytes(entry.getValue());
    }
    for (VolumeMount mount : spec.volumes()) {
      size += InputLimits.utf8Bytes(mount.source()) + InputLimits.utf8Bytes(mount.target()) + 1;
    }
    for (PortMapping port : spec.ports()) {
      size += InputLimits.utf8Bytes(port.name()) + 4 * NUMBER_BYTES;
    }
    size += spec.updateConfig().canarySteps().size() * (long) NUMBER_BYTES;
    if (spec.healthCheck().isPresent()) {
      size += 8 * NUMBER_BYTES;
      switch (spec.healthCheck().get().probe()) {
        case HealthProbe.Http http -> {
          size += InputLimits.utf8Bytes(http.path());
          for (HealthProbe.Header header : http.headers()) {
            size += InputLimits.utf8Bytes(header.key()) + InputLimits.utf8Bytes(header.value());
          }
        }
        case HealthProbe.Tcp tcp -> {}
        case HealthProbe.Exec exec -> size += strings(exec.command());
      }
    }
    return size;
  }

  private static long strings(List<String> values) {
    long size = 0;
    for (String value : values) {
      size += InputLimits.utf8Bytes(value);
    }
    return size;
  }
}
