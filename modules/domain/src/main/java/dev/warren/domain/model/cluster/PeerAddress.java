package dev.warren.domain.model.cluster;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.shared.Checks;

/**
 * Where a manager's consensus transport listens: a host name or IP literal and a port. An IPv6
 * literal is written in brackets ({@code [::1]:7000}), as in a URL.
 */
public record PeerAddress(String host, int port) {
  public PeerAddress {
    Checks.notBlank("peer host", host);
    Checks.between("peer port", port, 1, 65_535);
  }

  /**
   * Parses {@code host:port}.
   *
   * @param field the request field, named in the error
   * @throws InvalidSpecException if {@code value} is not {@code host:port} with a port of 1-65535
   */
  public static PeerAddress parse(String field, String value) {
    Checks.notBlank(field, value);
    int colon = value.lastIndexOf(':');
    String host = colon < 0 ? "" : value.substring(0, colon);
    String port = colon < 0 ? "" : value.substring(colon + 1);
    if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
      host = host.substring(1, host.length() - 1);
    } else if (host.indexOf(':') >= 0) {
      host = "";
    }
    if (host.isBlank()
        || !host.matches("[A-Za-z0-9._:%-]+")
        || !port.matches("[0-9]{1,5}")
        || Integer.parseInt(port) < 1
        || Integer.parseInt(port) > 65_535) {
      throw new InvalidSpecException(
          field
              + " "
              + Checks.quote(value)
              + " is invalid: expected host:port with a port of 1-65535");
    }
    return new PeerAddress(host, Integer.parseInt(port));
  }

  /** {@code host:port}, the IPv6 host in brackets. */
  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
