package dev.warren.cli.ingress;

import dev.warren.cli.CliPorts;
import dev.warren.cli.LabelOptions;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.port.in.CreateIngressRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warren ingress create NAME --rule ROUTE ...}: prints the new ingress's id. */
@Command(
    name = "create",
    description = "Create an ingress. Backend services need not exist yet.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  warren ingress create public --rule api.example.com/v1=api:8080 --rule /=web:80",
      "  warren ingress create shop --rule '*.shop.example.com=shop:8443' --tls-cert shop-cert"
    })
public final class IngressCreateCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Ingress name.")
  String name;

  @Option(
      names = "--rule",
      paramLabel = IngressRoutes.SYNTAX,
      description =
          "Route requests for HOST (empty or * = any host) and PATH (default /) to SERVICE:PORT;"
              + " repeatable.")
  List<String> rules = new ArrayList<>();

  @Mixin PathTypeOption paths;

  @Option(
      names = "--tls-cert",
      paramLabel = "CERTIFICATE",
      description = "Terminate TLS with this stored certificate (see 'warren certificate').")
  String tlsCertificate;

  @Option(
      names = "--tls-host",
      paramLabel = "HOST",
      description = "A host TLS is served for (default: the rules' hosts); repeatable.")
  List<String> tlsHosts = new ArrayList<>();

  @Mixin LabelOptions labels;

  IngressCreateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    PathType type = paths.pathType();
    var routes = rules.stream().map(rule -> IngressRoutes.parse(rule, type)).toList();
    if (tlsCertificate == null && !tlsHosts.isEmpty()) {
      throw new InvalidSpecException("--tls-host needs --tls-cert");
    }
    Optional<IngressTls> tls =
        Optional.ofNullable(tlsCertificate)
            .map(certificate -> new IngressTls(true, certificate, tlsHosts, false, ""));
    var request = new CreateIngressRequest(name, IngressRoutes.rules(routes), tls, labels.labels());
    Ingress created;
    try (ManagerClient manager = connect()) {
      created = manager.ingresses().create(request);
    }
    return printId(created, ingress -> ingress.id().value());
  }
}
