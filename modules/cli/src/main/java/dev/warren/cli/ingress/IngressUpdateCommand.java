package dev.warren.cli.ingress;

import dev.warren.cli.CliPorts;
import dev.warren.cli.LabelEditOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.UpdateIngressRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warren ingress update NAME|ID ...}: adds and removes routes and labels, sets or removes
 * TLS, like {@code docker service update}. The manager replaces rules, TLS and labels as a whole,
 * so this reads the ingress, changes what the flags say and sends the result.
 */
@Command(
    name = "update",
    description = "Change an ingress's routes, TLS or labels.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  warren ingress update public --rule-add api.example.com/v2=api-v2:8080",
      "  warren ingress update public --rule-rm api.example.com/v1 --tls-cert www-cert"
    })
public final class IngressUpdateCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The ingress.")
  String ingress;

  @Option(
      names = "--rule-add",
      paramLabel = IngressRoutes.SYNTAX,
      description = "Add a route; repeatable.")
  List<String> addRoutes = new ArrayList<>();

  @Option(
      names = "--rule-rm",
      paramLabel = "[HOST][/PATH]",
      description = "Remove the route for HOST and PATH (empty or * = any host); repeatable.")
  List<String> removeRoutes = new ArrayList<>();

  @Mixin PathTypeOption paths;

  @ArgGroup(exclusive = true)
  TlsChoice tls;

  @Option(
      names = "--tls-host",
      paramLabel = "HOST",
      description = "Replace the hosts TLS is served for; repeatable.")
  List<String> tlsHosts = new ArrayList<>();

  @Mixin LabelEditOptions labels;

  /** Either a certificate to terminate TLS with, or no TLS at all. */
  static final class TlsChoice {
    @Option(
        names = "--tls-cert",
        paramLabel = "CERTIFICATE",
        description = "Terminate TLS with this stored certificate.")
    String certificate;

    @Option(names = "--no-tls", description = "Remove TLS from the ingress.")
    boolean none;
  }

  IngressUpdateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    if (addRoutes.isEmpty()
        && removeRoutes.isEmpty()
        && tls == null
        && tlsHosts.isEmpty()
        && !labels.given()) {
      throw new InvalidSpecException(
          "nothing to update: give --rule-add, --rule-rm, --tls-cert, --no-tls, --tls-host,"
              + " --label-add or --label-rm");
    }
    PathType type = paths.pathType();
    IngressRef ref = IngressNoun.REFERENCE.apply(ingress);
    Ingress updated;
    try (ManagerClient manager = connect()) {
      Ingress current =
          manager.ingresses().get(new GetIngressRequest(ref, ReadConsistency.LINEARIZABLE));
      updated = manager.ingresses().update(changed(current, type));
    }
    return printId(updated, ingress -> ingress.id().value());
  }

  private UpdateIngressRequest changed(Ingress current, PathType type) {
    List<IngressRoutes.Route> routes = new ArrayList<>(IngressRoutes.routes(current.rules()));
    for (String location : removeRoutes) {
      if (!routes.removeIf(route -> matches(route, location))) {
        throw new InvalidSpecException(
            "ingress " + current.name() + " has no route for '" + location + "'");
      }
    }
    addRoutes.forEach(route -> routes.add(IngressRoutes.parse(route, type)));
    return new UpdateIngressRequest(
        new IngressRef.ById(current.id()),
        IngressRoutes.rules(routes),
        tls(current.tls()),
        labels.edited(current.labels()));
  }

  private Optional<IngressTls> tls(Optional<IngressTls> current) {
    if (tls != null && tls.none) {
      if (!tlsHosts.isEmpty()) {
        throw new InvalidSpecException("--tls-host cannot go with --no-tls");
      }
      return Optional.empty();
    }
    if (tls == null && current.isEmpty()) {
      if (!tlsHosts.isEmpty()) {
        throw new InvalidSpecException("--tls-host needs --tls-cert: the ingress has no TLS");
      }
      return current;
    }
    return Optional.of(
        new IngressTls(
            true,
            tls != null ? tls.certificate : current.orElseThrow().secretName(),
            tlsHosts.isEmpty() ? current.map(IngressTls::hosts).orElse(List.of()) : tlsHosts,
            current.map(IngressTls::autoTls).orElse(false),
            current.map(IngressTls::email).orElse("")));
  }

  private static boolean matches(IngressRoutes.Route route, String location) {
    int slash = location.indexOf('/');
    String host = slash < 0 ? location : location.substring(0, slash);
    String path = slash < 0 ? "/" : location.substring(slash);
    return route.host().equals(host.equals("*") ? "" : host) && route.path().path().equals(path);
  }
}
