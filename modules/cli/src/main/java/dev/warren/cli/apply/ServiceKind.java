package dev.warren.cli.apply;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.ManagerClient;
import dev.warren.cli.yaml.YamlFields;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.PlacementConstraint;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code kind: Service}: the fields of a {@link ServiceSpec}, named and spelled as {@code warren
 * service inspect -o yaml} prints them under {@code spec}, with the defaults of {@code service
 * create}. An existing service is updated in place when only {@code image}, {@code replicas} or
 * {@code env} differ (what the manager's update changes); any other difference is refused.
 */
final class ServiceKind extends ResourceKind<ServiceSpec, Service> {
  /** What UpdateService changes; every other spec field is fixed once the service exists. */
  private static final Set<String> UPDATABLE = Set.of("replicas", "image", "env");

  ServiceKind() {
    super("Service", ServiceSpec::name);
  }

  @Override
  protected Supplier<ServiceSpec> desired(String name, YamlFields fields, Path baseDirectory) {
    String image = fields.requiredString("image");
    int replicas = fields.integer("replicas", 1);
    ServiceMode mode = Fields.wire(fields, "mode", ServiceMode.class, ServiceMode.REPLICATED);
    DeployStrategy strategy =
        Fields.wire(fields, "deployStrategy", DeployStrategy.class, DeployStrategy.ROLLING);
    UpdateConfig updateConfig =
        fields.object("updateConfig").map(ServiceKind::updateConfig).orElse(UpdateConfig.DEFAULT);
    Optional<HealthCheck> healthCheck = fields.object("healthCheck").map(ServiceKind::healthCheck);
    RestartPolicy restartPolicy =
        fields
            .object("restartPolicy")
            .map(ServiceKind::restartPolicy)
            .orElse(RestartPolicy.DEFAULT);
    Resources resources =
        fields.object("resources").map(ServiceKind::resources).orElse(Resources.UNLIMITED);
    List<String> networks = fields.strings("networks");
    List<VolumeMount> volumes =
        fields.objects("volumes").stream().map(ServiceKind::volumeMount).toList();
    Map<String, String> env = fields.stringMap("env");
    List<String> command = fields.strings("command");
    List<PortMapping> ports = fields.objects("ports").stream().map(ServiceKind::port).toList();
    int stopTimeoutSeconds =
        fields.integer("stopTimeoutSeconds", ServiceSpec.DEFAULT_STOP_TIMEOUT_SECONDS);
    PlacementSpec placement =
        fields.object("placement").map(ServiceKind::placement).orElse(PlacementSpec.ANYWHERE);
    return () ->
        new ServiceSpec(
            name,
            image,
            replicas,
            mode,
            strategy,
            updateConfig,
            healthCheck,
            restartPolicy,
            resources,
            networks,
            volumes,
            env,
            command,
            ports,
            stopTimeoutSeconds,
            placement);
  }

  /**
   * Constraints as written ({@code node.labels.disk==ssd}) or as {@code service inspect} prints
   * them ({@code {field, operator: equals|not_equals, value}}), and spread label keys.
   */
  private static PlacementSpec placement(YamlFields fields) {
    List<String> constraints =
        fields.items("constraints", text -> text, ServiceKind::constraintText);
    List<String> spreadOver = fields.strings("spreadOver");
    fields.rejectUnknown();
    return fields.build(
        () ->
            new PlacementSpec(
                constraints.stream().map(PlacementConstraint::parse).toList(), spreadOver));
  }

  /** A constraint's long form as its short one, which {@link PlacementConstraint#parse} checks. */
  private static String constraintText(YamlFields constraint) {
    String field = constraint.requiredString("field");
    String operator = constraint.requiredString("operator");
    String value = constraint.requiredString("value");
    constraint.rejectUnknown();
    String symbol =
        switch (operator) {
          case "equals", "==" -> "==";
          case "not_equals", "!=" -> "!=";
          default ->
              throw constraint.problem(
                  "operator", "must be equals or not_equals, got '" + operator + "'");
        };
    return field + symbol + value;
  }

  private static UpdateConfig updateConfig(YamlFields fields) {
    UpdateConfig d = UpdateConfig.DEFAULT;
    int parallelism = fields.integer("parallelism", d.parallelism());
    int delaySeconds = fields.integer("delaySeconds", d.delaySeconds());
    FailureAction failureAction =
        Fields.wire(fields, "failureAction", FailureAction.class, d.failureAction());
    int maxSurge = fields.integer("maxSurge", d.maxSurge());
    int maxUnavailable = fields.integer("maxUnavailable", d.maxUnavailable());
    int gracePeriod =
        fields.integer("healthCheckGracePeriodSeconds", d.healthCheckGracePeriodSeconds());
    int canaryWeight = fields.integer("canaryWeight", d.canaryWeight());
    List<Integer> canarySteps = new ArrayList<>();
    List<String> steps = fields.strings("canarySteps");
    for (int i = 0; i < steps.size(); i++) {
      try {
        canarySteps.add(Integer.parseInt(steps.get(i)));
      } catch (NumberFormatException notANumber) {
        throw fields.problem("canarySteps", "must be a list of whole numbers");
      }
    }
    int stabilityWindow =
        fields.integer("canaryStabilityWindowSeconds", d.canaryStabilityWindowSeconds());
    int blueGreenGrace =
        fields.integer("blueGreenGracePeriodSeconds", d.blueGreenGracePeriodSeconds());
    boolean autoRollback = fields.bool("autoRollbackEnabled", d.autoRollbackEnabled());
    int failureThreshold = fields.integer("failureThresholdPercent", d.failureThresholdPercent());
    fields.rejectUnknown();
    return fields.build(
        () ->
            new UpdateConfig(
                parallelism,
                delaySeconds,
                failureAction,
                maxSurge,
                maxUnavailable,
                gracePeriod,
                canaryWeight,
                canarySteps,
                stabilityWindow,
                blueGreenGrace,
                autoRollback,
                failureThreshold));
  }

  private static HealthCheck healthCheck(YamlFields fields) {
    HealthProbe probe =
        fields
            .object("probe")
            .map(ServiceKind::probe)
            .orElseThrow(() -> fields.problem("probe", "is required"));
    int interval = fields.integer("intervalSeconds", HealthCheck.DEFAULT_INTERVAL_SECONDS);
    int timeout = fields.integer("timeoutSeconds", HealthCheck.DEFAULT_TIMEOUT_SECONDS);
    int retries = fields.integer("retries", HealthCheck.DEFAULT_RETRIES);
    int startPeriod = fields.integer("startPeriodSeconds", 0);
    fields.rejectUnknown();
    return fields.build(() -> new HealthCheck(probe, interval, timeout, retries, startPeriod));
  }

  /** {@code type: http|tcp|exec} and that probe's fields. */
  private static HealthProbe probe(YamlFields fields) {
    String type = fields.requiredString("type");
    HealthProbe probe =
        switch (type) {
          case "http" -> {
            String path = fields.string("path").orElse("/");
            int port = fields.integer("port", 0);
            String scheme = fields.string("scheme").orElse("http");
            List<HealthProbe.Header> headers =
                fields.objects("headers").stream().map(ServiceKind::header).toList();
            int min = fields.integer("statusCodeMin", 200);
            int max = fields.integer("statusCodeMax", 399);
            yield fields.build(() -> new HealthProbe.Http(path, port, scheme, headers, min, max));
          }
          case "tcp" -> {
            int port = fields.integer("port", 0);
            yield fields.build(() -> new HealthProbe.Tcp(port));
          }
          case "exec" -> {
            List<String> command = fields.strings("command");
            yield fields.build(() -> new HealthProbe.Exec(command));
          }
          default ->
              throw fields.problem("type", "must be one of: http, tcp, exec (got '" + type + "')");
        };
    fields.rejectUnknown();
    return probe;
  }

  private static HealthProbe.Header header(YamlFields fields) {
    String key = fields.requiredString("key");
    String value = fields.string("value").orElse("");
    fields.rejectUnknown();
    return fields.build(() -> new HealthProbe.Header(key, value));
  }

  private static RestartPolicy restartPolicy(YamlFields fields) {
    RestartPolicy d = RestartPolicy.DEFAULT;
    RestartCondition condition =
        Fields.wire(fields, "condition", RestartCondition.class, d.condition());
    int maxAttempts = fields.integer("maxAttempts", d.maxAttempts());
    int delaySeconds = fields.integer("delaySeconds", d.delaySeconds());
    int windowSeconds = fields.integer("windowSeconds", d.windowSeconds());
    fields.rejectUnknown();
    return fields.build(
        () -> new RestartPolicy(condition, maxAttempts, delaySeconds, windowSeconds));
  }

  private static Resources resources(YamlFields fields) {
    long cpuShares = fields.longInteger("cpuShares", 0);
    long memoryBytes = fields.longInteger("memoryBytes", 0);
    long memoryReservationBytes = fields.longInteger("memoryReservationBytes", 0);
    fields.rejectUnknown();
    return fields.build(() -> new Resources(cpuShares, memoryBytes, memoryReservationBytes));
  }

  private static VolumeMount volumeMount(YamlFields fields) {
    String source = fields.requiredString("source");
    String target = fields.requiredString("target");
    boolean readOnly = fields.bool("readOnly", false);
    fields.rejectUnknown();
    return fields.build(() -> new VolumeMount(source, target, readOnly));
  }

  private static PortMapping port(YamlFields fields) {
    String name = fields.string("name").orElse("");
    int containerPort = fields.integer("containerPort", 0);
    int hostPort = fields.integer("hostPort", 0);
    Protocol protocol = Fields.wire(fields, "protocol", Protocol.class, Protocol.TCP);
    PublishMode publishMode =
        Fields.plain(fields, "publishMode", PublishMode.class, PublishMode.HOST);
    fields.rejectUnknown();
    return fields.build(
        () -> new PortMapping(name, containerPort, hostPort, protocol, publishMode));
  }

  @Override
  protected Service find(ManagerClient manager, String name) {
    return manager.services().get(new GetServiceRequest(new ServiceRef.ByName(name), LINEARIZABLE));
  }

  @Override
  protected Step creation(ManagerClient manager, ServiceSpec desired) {
    var request = new CreateServiceRequest(desired);
    return Step.create(() -> manager.services().create(request));
  }

  @Override
  protected Step change(ManagerClient manager, Service current, ServiceSpec desired) {
    List<String> changed = changedFields(current.spec(), desired);
    if (changed.isEmpty()) {
      return Step.UNCHANGED;
    }
    List<String> fixed = changed.stream().filter(field -> !UPDATABLE.contains(field)).toList();
    if (!fixed.isEmpty()) {
      throw new FailedPreconditionException(
          "service "
              + desired.name()
              + " exists with other "
              + String.join(", ", fixed)
              + ", which the manager cannot update (it updates image, replicas and env);"
              + " remove it with 'warren service rm "
              + desired.name()
              + "' and apply again");
    }
    var request =
        new UpdateServiceRequest(
            current.id(),
            changed.contains("replicas") ? Optional.of(desired.replicas()) : Optional.empty(),
            changed.contains("image") ? Optional.of(desired.image()) : Optional.empty(),
            changed.contains("env") ? Optional.of(desired.env()) : Optional.empty(),
            Optional.of(current.version().value()));
    return Step.update(() -> manager.services().update(request));
  }

  /** The names of the spec fields whose values differ, in declaration order. */
  static List<String> changedFields(ServiceSpec current, ServiceSpec desired) {
    var changed = new ArrayList<String>();
    for (RecordComponent component : ServiceSpec.class.getRecordComponents()) {
      if (!Objects.equals(read(component, current), read(component, desired))) {
        changed.add(component.getName());
      }
    }
    return changed;
  }

  private static Object read(RecordComponent component, ServiceSpec spec) {
    try {
      return component.getAccessor().invoke(spec);
    } catch (IllegalAccessException | InvocationTargetException unreadable) {
      throw new IllegalStateException("cannot read ServiceSpec." + component.getName(), unreadable);
    }
  }
}
