package dev.warren.cli.service;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.kit.Noun;
import dev.warren.cli.render.Details;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;

/** Services as {@code ls}, {@code inspect} and {@code rm} see them. */
final class ServiceNoun {
  /** How wide the labels of {@code service inspect} are. */
  static final int DETAILS_LABEL_WIDTH = 15;

  static final Noun<Service> NOUN =
      Noun.<Service>named("service", "services", service -> service.id().value(), Service::name)
          .all(manager -> manager.services().list(new ListServicesRequest(LINEARIZABLE)))
          .lookup((manager, reference) -> ServiceResolver.resolve(manager.services(), reference))
          .list(
              "List services.",
              columns ->
                  columns
                      .and("MODE", service -> service.spec().mode().wireName())
                      .and("REPLICAS", ServiceNoun::replicas)
                      .and("IMAGE", service -> service.spec().image())
                      .age("CREATED", Service::createdAt))
          .removeFound(
              "Remove one or more services.",
              (manager, service) ->
                  manager.services().delete(new DeleteServiceRequest(service.id())))
          .inspect("Show one service in detail.", DETAILS_LABEL_WIDTH, ServiceNoun::describe)
          .build();

  private ServiceNoun() {}

  private static void describe(Service service, Details details) {
    ServiceSpec spec = service.spec();
    details
        .line("Image:", spec.image())
        .line("Mode:", spec.mode().wireName())
        .line("Replicas:", spec.replicas())
        .line("Version:", service.version().value())
        .since("Created:", service.createdAt())
        .since("Updated:", service.updatedAt())
        .lineIf(!spec.command().isEmpty(), "Command:", String.join(" ", spec.command()))
        .entries("Env:", spec.env())
        .lines("Ports:", spec.ports().stream().map(ServiceNoun::port).toList())
        .line("Restart:", restart(spec.restartPolicy()))
        .line(
            "Resources:",
            "cpu shares "
                + unlimitedIfZero(spec.resources().cpuShares())
                + ", memory "
                + unlimitedIfZero(spec.resources().memoryBytes()))
        .line("Stop timeout:", spec.stopTimeoutSeconds() + "s");
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
