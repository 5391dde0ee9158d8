package dev.warren.cli.service;

import dev.warren.cli.render.Columns;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import java.time.Instant;

/** Services as a table ({@code service ls}) and in detail ({@code service inspect}). */
final class ServiceText {
  static final Columns<Service> TABLE =
      Columns.<Service>of("ID", service -> service.id().value())
          .and("NAME", Service::name)
          .and("MODE", service -> service.spec().mode().wireName())
          .and("REPLICAS", ServiceText::replicas)
          .and("IMAGE", service -> service.spec().image())
          .age("CREATED", Service::createdAt);

  private ServiceText() {}

  static String details(Service service, Instant now) {
    ServiceSpec spec = service.spec();
    return Details.aligned(15, now)
        .line("ID:", service.id().value())
        .line("Name:", spec.name())
        .line("Image:", spec.image())
        .line("Mode:", spec.mode().wireName())
        .line("Replicas:", spec.replicas())
        .line("Version:", service.version().value())
        .since("Created:", service.createdAt())
        .since("Updated:", service.updatedAt())
        .lineIf(!spec.command().isEmpty(), "Command:", String.join(" ", spec.command()))
        .entries("Env:", spec.env())
        .lines("Ports:", spec.ports().stream().map(ServiceText::port).toList())
        .line("Restart:", restart(spec.restartPolicy()))
        .line(
            "Resources:",
            "cpu shares "
                + unlimitedIfZero(spec.resources().cpuShares())
                + ", memory "
                + unlimitedIfZero(spec.resources().memoryBytes()))
        .line("Stop timeout:", spec.stopTimeoutSeconds() + "s")
        .text();
  }

  private static Object replicas(Service service) {
    return service.spec().mode() == ServiceMode.GLOBAL ? "-" : service.spec().replicas();
  }

  private static String restart(RestartPolicy policy) {
    return policy.condition().wireName()
        + " (delay "
        + policy.delaySeconds()
        + "s, max attempts "
        + (policy.maxAttempts() == 0 ? "unlimited" : policy.maxAttempts())
        + ")";
  }

  private static String port(PortMapping port) {
    String container = port.containerPort() + "/" + port.protocol().wireName();
    return port.hostPort() == 0 ? container : port.hostPort() + ":" + container;
  }

  private static String unlimitedIfZero(long value) {
    return value == 0 ? "unlimited" : Long.toString(value);
  }
}
