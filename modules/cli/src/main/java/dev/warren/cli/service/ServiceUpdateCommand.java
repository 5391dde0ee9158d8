package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ExitCodes;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.WireEnum;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code warren service update NAME|ID [--image] [--replicas] [--env K=V]... [--env-rm K]...} and
 * the scheduling options ({@link SchedulingOptions}). Environment changes are merged into the
 * service's current environment; the update applies only if nobody changed the service since it was
 * read (else exit 4, try again).
 *
 * <p>With {@code --strategy} or an {@code --update-*} option, {@code --image} is rolled out as a
 * recorded rollout (UpdateServiceImage) with that strategy and the service's update config changed
 * by those options; replicas and env are then left for a separate update.
 */
@Command(name = "update", description = "Update a service.")
public final class ServiceUpdateCommand extends ManagerOutputCommand {
  @Parameters(index = "0", paramLabel = "NAME|ID", description = "The service.")
  String service;

  @Option(names = "--image", paramLabel = "IMAGE", description = "New image.")
  String image;

  @Option(names = "--replicas", paramLabel = "N", description = "New number of replicas.")
  Integer replicas;

  @Option(
      names = {"-e", "--env"},
      paramLabel = "KEY=VALUE",
      description = "Add or change an environment variable; repeatable.")
  Map<String, String> envAdd = new LinkedHashMap<>();

  @Option(
      names = "--env-rm",
      paramLabel = "KEY",
      description = "Remove an environment variable; repeatable.")
  List<String> envRemove = new ArrayList<>();

  @Option(
      names = "--strategy",
      paramLabel = "STRATEGY",
      description = "Roll --image out with rolling, blue-green or canary (default: the service's).")
  String strategy;

  @Option(
      names = "--update-parallelism",
      paramLabel = "N",
      description = "Replicas replaced at a time by this rollout of --image.")
  Integer updateParallelism;

  @Option(
      names = "--update-delay",
      paramLabel = "SECONDS",
      description = "Pause between batches of this rollout of --image.")
  Integer updateDelaySeconds;

  @Option(
      names = "--update-failure-action",
      paramLabel = "ACTION",
      description = "pause, continue or rollback when this rollout of --image fails.")
  String updateFailureAction;

  @Mixin SchedulingOptions scheduling = new SchedulingOptions();

  ServiceUpdateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    boolean rollout =
        strategy != null
            || updateParallelism != null
            || updateDelaySeconds != null
            || updateFailureAction != null;
    if (rollout) {
      return rollOut();
    }
    boolean schedules =
        scheduling.placement(PlacementSpec.ANYWHERE).isPresent()
            || scheduling.restartPolicy(RestartPolicy.DEFAULT).isPresent()
            || scheduling.resources(Resources.UNLIMITED).isPresent();
    if (image == null
        && replicas == null
        && envAdd.isEmpty()
        && envRemove.isEmpty()
        && !schedules) {
      throw new ParameterException(
          spec.commandLine(),
          "nothing to update: give --image, --replicas, --env, --env-rm, --constraint,"
              + " --placement-pref, --reserve-cpu, --reserve-memory or --restart-*");
    }
    Service updated;
    try (ManagerClient manager = connect()) {
      Service current = ServiceResolver.resolve(manager.services(), service);
      updated =
          manager
              .services()
              .update(
                  new UpdateServiceRequest(
                      current.id(),
                      Optional.ofNullable(replicas),
                      Optional.ofNullable(image),
                      envChange(current.spec().env()),
                      Optional.of(current.version().value()),
                      scheduling.placement(current.spec().placement()),
                      scheduling.restartPolicy(current.spec().restartPolicy()),
                      scheduling.resources(current.spec().resources())));
    }
    print(updated);
    return ExitCodes.OK;
  }

  /** Starts a recorded rollout of {@code --image} with the given strategy and update options. */
  private int rollOut() {
    if (image == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--strategy and --update-* describe how --image rolls out: give --image");
    }
    if (replicas != null
        || !envAdd.isEmpty()
        || !envRemove.isEmpty()
        || scheduling.placement(PlacementSpec.ANYWHERE).isPresent()
        || scheduling.restartPolicy(RestartPolicy.DEFAULT).isPresent()
        || scheduling.resources(Resources.UNLIMITED).isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "a rollout (--strategy, --update-*) changes only the image: update --replicas and --env"
              + " separately");
    }
    Optional<DeployStrategy> chosen =
        Optional.ofNullable(strategy)
            .map(spelling -> WireEnum.parse(DeployStrategy.class, "strategy", spelling));
    Optional<FailureAction> failureAction =
        Optional.ofNullable(updateFailureAction)
            .map(
                spelling -> WireEnum.parse(FailureAction.class, "update failure action", spelling));
    Service updated;
    try (ManagerClient manager = connect()) {
      Service current = ServiceResolver.resolve(manager.services(), service);
      manager
          .services()
          .updateImage(
              new UpdateServiceImageRequest(
                  current.id(),
                  image,
                  chosen,
                  updateConfig(current.spec().updateConfig(), failureAction)));
      updated =
          manager
              .services()
              .get(
                  new GetServiceRequest(
                      new ServiceRef.ById(current.id()), ReadConsistency.LINEARIZABLE));
    }
    print(updated);
    return ExitCodes.OK;
  }

  /** The service's update config with the {@code --update-*} options applied, if any was given. */
  private Optional<UpdateConfig> updateConfig(
      UpdateConfig current, Optional<FailureAction> action) {
    if (updateParallelism == null && updateDelaySeconds == null && action.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new UpdateConfig(
            updateParallelism != null ? updateParallelism : current.parallelism(),
            updateDelaySeconds != null ? updateDelaySeconds : current.delaySeconds(),
            action.orElse(current.failureAction()),
            current.maxSurge(),
            current.maxUnavailable(),
            current.healthCheckGracePeriodSeconds(),
            current.canaryWeight(),
            current.canarySteps(),
            current.canaryStabilityWindowSeconds(),
            current.blueGreenGracePeriodSeconds(),
            current.autoRollbackEnabled(),
            current.failureThresholdPercent()));
  }

  private void print(Service updated) {
    output.printObject(out(), updated, s -> s.id().value(), Service::name);
  }

  private Optional<Map<String, String>> envChange(Map<String, String> current) {
    if (envAdd.isEmpty() && envRemove.isEmpty()) {
      return Optional.empty();
    }
    var env = new TreeMap<>(current);
    envRemove.forEach(env::remove);
    env.putAll(envAdd);
    return Optional.of(env);
  }
}
