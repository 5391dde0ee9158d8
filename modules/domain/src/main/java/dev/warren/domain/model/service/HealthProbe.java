package dev.warren.domain.model.service;

import dev.warren.domain.model.shared.Checks;
import java.util.List;

/** What a health check does: an HTTP request, a TCP connect, or a command in the container. */
public sealed interface HealthProbe {

  /** A header sent with an HTTP probe. */
  record Header(String key, String value) {
    public Header {
      Checks.notBlank("health check header key", key);
      Checks.notNull("health check header value", value);
    }
  }

  /** Healthy when GET scheme://replica:port/path answers with a status in [min, max]. */
  record Http(
      String path,
      int port,
      String scheme,
      List<Header> headers,
      int statusCodeMin,
      int statusCodeMax)
      implements HealthProbe {
    public Http {
      Checks.notBlank("health check http path", path);
      Checks.between("health check http port", port, 1, 65535);
      Checks.notNull("health check http scheme", scheme);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new dev.warren.domain.error.InvalidSpecException(
            "health check http scheme " + Checks.quote(scheme) + " is not one of: http, https");
      }
      headers = Checks.list("health check http headers", headers);
      Checks.between("health check http status code min", statusCodeMin, 100, 599);
      Checks.between("health check http status code max", statusCodeMax, statusCodeMin, 599);
    }
  }

  /** Healthy when a TCP connection to the port succeeds. */
  record Tcp(int port) implements HealthProbe {
    public Tcp {
      Checks.between("health check tcp port", port, 1, 65535);
    }
  }

  /** Healthy when the command exits 0. */
  record Exec(List<String> command) implements HealthProbe {
    public Exec {
      command = Checks.list("health check exec command", command);
      if (command.isEmpty()) {
        throw new dev.warren.domain.error.InvalidSpecException(
            "health check exec command is required");
      }
    }
  }
}
