package dev.warren.cli.apply;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.port.in.CreateIngressRequest;
import dev.warren.domain.port.in.GetIngressRequest;
import dev.warren.domain.port.in.IngressRef;
import dev.warren.domain.port.in.UpdateIngressRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code kind: Ingress}: {@code name}, {@code rules} (each a {@code host} and {@code paths} of
 * {@code path}, {@code pathType} and {@code backend: {serviceName, port}}), {@code tls} and {@code
 * labels}, as {@code -o yaml} prints an ingress.
 *
 * <p>Planning must create the ingress when absent, update it when rules, TLS or labels differ and
 * report it unchanged otherwise (an update replaces all three, as UpdateIngress does).
 */
final class IngressKind extends ResourceKind<DesiredIngress, Ingress> {
  IngressKind() {
    super("Ingress", DesiredIngress::name);
  }

  @Override
  protected Supplier<DesiredIngress> desired(String name, YamlFields fields, Path baseDirectory) {
    List<IngressRule> rules = fields.objects("rules").stream().map(IngressKind::rule).toList();
    Optional<IngressTls> tls = fields.object("tls").map(IngressKind::tls);
    Map<String, String> labels = fields.stringMap("labels");
    return () -> new DesiredIngress(name, rules, tls, labels);
  }

  private static IngressRule rule(YamlFields fields) {
    String host = fields.string("host").orElse("");
    List<IngressPath> paths = fields.objects("paths").stream().map(IngressKind::path).toList();
    fields.rejectUnknown();
    return fields.build(() -> new IngressRule(host, paths));
  }

  private static IngressPath path(YamlFields fields) {
    String path = fields.string("path").orElse("/");
    PathType pathType = Fields.wire(fields, "pathType", PathType.class, PathType.PREFIX);
    IngressBackend backend =
        fields
            .object("backend")
            .map(IngressKind::backend)
            .orElseThrow(() -> fields.problem("backend", "is required"));
    fields.rejectUnknown();
    return fields.build(() -> new IngressPath(path, pathType, backend));
  }

  private static IngressBackend backend(YamlFields fields) {
    String serviceName = fields.requiredString("serviceName");
    int port = fields.integer("port", 0);
    fields.rejectUnknown();
    return fields.build(() -> new IngressBackend(serviceName, port));
  }

  private static IngressTls tls(YamlFields fields) {
    boolean enabled = fields.bool("enabled", true);
    String secretName = fields.string("secretName").orElse("");
    List<String> hosts = fields.strings("hosts");
    boolean autoTls = fields.bool("autoTls", false);
    String email = fields.string("email").orElse("");
    fields.rejectUnknown();
    return fields.build(() -> new IngressTls(enabled, secretName, hosts, autoTls, email));
  }

  @Override
  protected Ingress find(ManagerClient manager, String name) {
    return manager
        .ingresses()
        .get(new GetIngressRequest(new IngressRef.ByName(name), LINEARIZABLE));
  }

  @Override
  protected Step creation(ManagerClient manager, DesiredIngress desired) {
    var request =
        new CreateIngressRequest(desired.name(), desired.rules(), desired.tls(), desired.labels());
    return Step.create(() -> manager.ingresses().create(request));
  }

  @Override
  protected Step change(ManagerClient manager, Ingress current, DesiredIngress desired) {
    var held = new DesiredIngress(current.name(), current.rules(), current.tls(), current.labels());
    if (held.equals(desired)) {
      return Step.UNCHANGED;
    }
    var request =
        new UpdateIngressRequest(
            new IngressRef.ById(current.id()), desired.rules(), desired.tls(), desired.labels());
    return Step.update(() -> manager.ingresses().update(request));
  }
}
