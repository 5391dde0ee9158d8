package dev.warren.cli.service;

import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.WireEnum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The flags of {@code service create} that make a service's spec: everything a new service is
 * besides its name. A flag that {@code service update} takes as well (a placement constraint, a
 * resource reservation) belongs in one mixin of its own that both commands include, as {@link
 * dev.warren.cli.LabelOptions} serves {@code ingress create} and {@code certificate create}.
 */
final class ServiceSpecOptions {
  @Option(
      names = "--image",
      required = true,
      paramLabel = "IMAGE",
      description = "Container image.")
  String image;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      defaultValue = "1",
      description = "Number of replicas (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "replicated",
      description = "replicated or global (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = {"-e", "--env"},
      paramLabel = "KEY=VALUE",
      description = "Environment variable; repeatable.")
  Map<String, String> env = new LinkedHashMap<>();

  @Option(
      names = {"-p", "--publish"},
      paramLabel = "HOST:CONTAINER[/PROTO]",
      converter = PortMappingConverter.class,
      description = "Publish a container port on the host; repeatable.")
  List<PortMapping> publish = new ArrayList<>();

  @Option(
      names = "--command",
      paramLabel = "ARG",
      description = "Command and arguments, one per option (--command=-c for a leading dash).")
  List<String> command = new ArrayList<>();

  @Option(
      names = "--stop-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Grace period before a replica is killed (default: ${DEFAULT-VALUE}).")
  int stopTimeoutSeconds;

  @Option(
      names = "--restart-condition",
      paramLabel = "CONDITION",
      defaultValue = "any",
      description = "none, on-failure or any (default: ${DEFAULT-VALUE}).")
  String restartCondition;

  @Option(
      names = "--memory",
      paramLabel = "BYTES",
      converter = ByteSizeConverter.class,
      defaultValue = "0",
      description = "Memory limit, e.g. 512m or 1g (default: unlimited).")
  long memoryBytes;

  @Option(
      names = "--cpu-shares",
      paramLabel = "N",
      defaultValue = "0",
      description = "CPU shares, 1024 = one core (default: unlimited).")
  long cpuShares;

  /**
   * The spec these flags describe for a service called {@code name} running {@code commandLine}
   * ({@link #command} or the command the caller took from its trailing arguments).
   */
  ServiceSpec spec(String name, List<String> commandLine, SchedulingOptions scheduling) {
    var basePolicy =
        new RestartPolicy(
            WireEnum.parse(RestartCondition.class, "restart condition", restartCondition),
            RestartPolicy.DEFAULT.maxAttempts(),
            RestartPolicy.DEFAULT.delaySeconds());
    RestartPolicy restartPolicy = scheduling.restartPolicy(basePolicy).orElse(basePolicy);
    var limits = new Resources(cpuShares, memoryBytes, 0);
    return new ServiceSpec(
        name,
        image,
        replicas,
        WireEnum.parse(ServiceMode.class, "mode", mode),
        DeployStrategy.ROLLING,
        UpdateConfig.DEFAULT,
        Optional.empty(),
        restartPolicy,
        scheduling.resources(limits).orElse(limits),
        List.of(),
        List.of(),
        env,
        commandLine,
        publish,
        stopTimeoutSeconds,
        scheduling.placement(PlacementSpec.ANYWHERE).orElse(PlacementSpec.ANYWHERE));
  }
}
