package dev.warren.cli.config;

import dev.warren.domain.error.InvalidSpecException;

/**
 * A host and a TCP port as typed on the command line ({@code 127.0.0.1:8080}, {@code [::1]:8080});
 * port 0 asks the operating system for a free port.
 */
public record TcpAddress(String host, int port) {
  public TcpAddress {
    if (host == null || host.isBlank()) {
      throw new InvalidSpecException("host is required");
    }
    if (port < 0 || port > 65535) {
      throw new InvalidSpecException("port must be between 0 and 65535, got " + port);
    }
  }

  /**
   * Parses {@code HOST:PORT}; an IPv6 host is written in brackets.
   *
   * @throws InvalidSpecException if the text is not of that form
   */
  public static TcpAddress parse(String text) {
    if (text == null) {
      throw new InvalidSpecException("address is required");
    }
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new InvalidSpecException("address '" + text + "' is not of the form HOST:PORT");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw new InvalidSpecException(
          "address '" + text + "' is not of the form HOST:PORT (write IPv6 hosts as [::1]:PORT)");
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException notANumber) {
      throw new InvalidSpecException("port in address '" + text + "' is not a number");
    }
    return new TcpAddress(host, port);
  }

  /** The same host with another port, e.g. the port a listener actually bound. */
  public TcpAddress withPort(int newPort) {
    return new TcpAddress(host, newPort);
  }

  @Override
  public String toString() {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }
}
