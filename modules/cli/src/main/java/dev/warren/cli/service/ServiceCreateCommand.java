package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.CreateServiceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warren service create NAME --image IMAGE ...}: prints the new service's id. */
@Command(name = "create", description = "Create a service.")
public final class ServiceCreateCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Service name.")
  String name;

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

  @Mixin SchedulingOptions scheduling = new SchedulingOptions();

  ServiceCreateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    ServiceSpec serviceSpec = serviceSpec();
    Service created;
    try (ManagerClient manager = connect()) {
      created = manager.services().create(new CreateServiceRequest(serviceSpec));
    }
    output.printObject(
        out(), created, service -> service.id().value(), service -> service.id().value());
    return ExitCodes.OK;
  }

  private ServiceSpec serviceSpec() {
    var basePolicy =
        new RestartPolicy(
            WireEnum.parse(RestartCondition.class, "restart condition", restartCondition),
            RestartPolicy.DEFAULT.maxAttempts(),
            RestartPolicy.DEFAULT.delaySeconds());
    RestartPolicy restartPolicy = scheduling.restartPolicy(basePolicy).orElse(basePolicy);
    var limits = new Resources(cpuShares, memoryBytes, 0);
    Resources resources = scheduling.resources(limits).orElse(limits);
    return new ServiceSpec(
        name,
        image,
        replicas,
        WireEnum.parse(ServiceMode.class, "mode", mode),
        DeployStrategy.ROLLING,
        UpdateConfig.DEFAULT,
        Optional.empty(),
        restartPolicy,
        resources,
        List.of(),
        List.of(),
        env,
        command,
        publish,
        stopTimeoutSeconds,
        scheduling.placement(PlacementSpec.ANYWHERE).orElse(PlacementSpec.ANYWHERE));
  }
}
