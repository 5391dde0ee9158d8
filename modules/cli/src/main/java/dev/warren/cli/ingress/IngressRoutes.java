package dev.warren.cli.ingress;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.PathType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's route syntax, {@code [HOST][/PATH]=SERVICE:PORT}: {@code
 * api.example.com/v1=api:8080}, {@code /=web:80} (any host), {@code *.example.com=web:80} (path
 * {@code /}). An empty host or {@code *} means any host. Routes of one host form one rule, in the
 * order given.
 */
final class IngressRoutes {
  static final String SYNTAX = "[HOST][/PATH]=SERVICE:PORT";

  private IngressRoutes() {}

  /** One route as a host and its path. */
  record Route(String host, IngressPath path) {}

  /**
   * @throws InvalidSpecException naming the route that does not parse or is invalid
   */
  static Route parse(String spec, PathType pathType) {
    int equals = spec.lastIndexOf('=');
    int colon = spec.lastIndexOf(':');
    if (equals < 0 || colon < equals) {
      throw invalid(spec);
    }
    String location = spec.substring(0, equals);
    String service = spec.substring(equals + 1, colon);
    int port;
    try {
      port = Integer.parseInt(spec.substring(colon + 1));
    } catch (NumberFormatException notANumber) {
      throw invalid(spec);
    }
    int slash = location.indexOf('/');
    String host = slash < 0 ? location : location.substring(0, slash);
    String path = slash < 0 ? "/" : location.substring(slash);
    try {
      return new Route(
          host.equals("*") ? "" : host,
          new IngressPath(path, pathType, new IngressBackend(service, port)));
    } catch (InvalidSpecException invalidPart) {
      throw new InvalidSpecException(
          "route '" + spec + "': " + invalidPart.getMessage(), invalidPart);
    }
  }

  /** The routes grouped into rules by host, hosts and paths in the order given. */
  static List<IngressRule> rules(List<Route> routes) {
    Map<String, List<IngressPath>> byHost = new LinkedHashMap<>();
    for (Route route : routes) {
      byHost.computeIfAbsent(route.host(), host -> new ArrayList<>()).add(route.path());
    }
    var rules = new ArrayList<IngressRule>();
    byHost.forEach((host, paths) -> rules.add(new IngressRule(host, paths)));
    return rules;
  }

  /** The rules as routes, the inverse of {@link #rules}. */
  static List<Route> routes(List<IngressRule> rules) {
    var routes = new ArrayList<Route>();
    for (IngressRule rule : rules) {
      for (IngressPath path : rule.paths()) {
        routes.add(new Route(rule.host(), path));
      }
    }
    return routes;
  }

  /** A route as the user writes it, with its path type: {@code api.example.com/v1 (Prefix)}. */
  static String describe(String host, IngressPath path) {
    return (host.isEmpty() ? "*" : host)
        + path.path()
        + " ("
        + path.pathType().wireName()
        + ") -> "
        + path.backend().serviceName()
        + ":"
        + path.backend().port();
  }

  private static InvalidSpecException invalid(String spec) {
    return new InvalidSpecException(
        "route '"
            + spec
            + "' is invalid: expected "
            + SYNTAX
            + ", e.g. api.example.com/v1=api:8080");
  }
}
