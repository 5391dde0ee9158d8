package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;

/** A container port, optionally published on a host port (0 = not published). */
public record PortMapping(
    String name, int containerPort, int hostPort, Protocol protocol, PublishMode publishMode) {
  public PortMapping {
    Checks.notNull("port name", name);
    Checks.between("container port", containerPort, 1, 65535);
    Checks.between("host port", hostPort, 0, 65535);
    Checks.notNull("port protocol", protocol);
    Checks.notNull("port publish mode", publishMode);
  }
}
