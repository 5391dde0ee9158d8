package dev.warren.cli.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.shared.WireEnum;
import picocli.CommandLine.ITypeConverter;

/**
 * {@code --publish HOST:CONTAINER[/PROTO]} (or {@code CONTAINER[/PROTO]}, not published on the
 * host), published on the node that runs the replica.
 */
final class PortMappingConverter implements ITypeConverter<PortMapping> {
  @Override
  public PortMapping convert(String value) {
    String ports = value;
    Protocol protocol = Protocol.TCP;
    int slash = value.indexOf('/');
    if (slash >= 0) {
      protocol = WireEnum.parse(Protocol.class, "protocol", value.substring(slash + 1));
      ports = value.substring(0, slash);
    }
    String[] parts = ports.split(":", -1);
    if (parts.length > 2) {
      throw new InvalidSpecException(
          "port '" + value + "' is not of the form HOST:CONTAINER[/PROTO]");
    }
    int container = port(value, parts[parts.length - 1]);
    int host = parts.length == 2 ? port(value, parts[0]) : 0;
    return new PortMapping("", container, host, protocol, PublishMode.HOST);
  }

  private static int port(String value, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException notANumber) {
      throw new InvalidSpecException(
          "port '" + value + "' is not of the form HOST:CONTAINER[/PROTO]");
    }
  }
}
