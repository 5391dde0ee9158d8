package dev.warren.cli.service;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.cli.kit.MapEdits;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code warren service update NAME|ID [--image] [--replicas] [--env K=V]... [--env-rm K]...} and
 * the scheduling options ({@link SchedulingOptions}). Environment changes are merged into the
 * service's current environment; the update applies only if nobody changed the service since it was
 * read (else exit 4, try again).
 *
 * <p>With {@code --strategy} or an {@code --update-*} option ({@link RolloutOptions}), {@code
 * --image} is rolled out as a recorded rollout; replicas and env are then left for a separate
 * update. {@code --rollback} returns the service to its previous spec instead. With {@code
 * --detach=false} ({@link DetachOption}) the command then waits for the rollout, printing its
 * progress on standard error, and exits with its outcome ({@link RolloutFollower}).
 */
@Command(name = "update", description = "Update a service.")
public final class ServiceUpdateCommand extends ManagerOutputCommand {
  @Mixin ServiceParameter service;

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

  @Mixin RolloutOptions rollout;

  @Mixin SchedulingOptions scheduling = new SchedulingOptions();

  @Mixin DetachOption detach = new DetachOption();

  @Option(
      names = "--rollback",
      description = "Return the service to its previous spec instead (like service rollback).")
  boolean rollback;

  ServiceUpdateCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() throws InterruptedException {
    if (rollback) {
      return rollBack();
    }
    if (rollout.given()) {
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
    try (ManagerClient manager = connect()) {
      Service current = service.resolve(manager);
      Service updated =
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
      return printedThenFollowed(manager, updated, RolloutKind.UPDATE);
    }
  }

  /** {@code --rollback}: the same as {@code service rollback}, which takes no other change. */
  private int rollBack() throws InterruptedException {
    if (image != null
        || replicas != null
        || !envAdd.isEmpty()
        || !envRemove.isEmpty()
        || rollout.given()
        || scheduling.placement(PlacementSpec.ANYWHERE).isPresent()
        || scheduling.restartPolicy(RestartPolicy.DEFAULT).isPresent()
        || scheduling.resources(Resources.UNLIMITED).isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "--rollback returns the service to its previous spec: give no other change with it");
    }
    try (ManagerClient manager = connect()) {
      Service current = service.resolve(manager);
      manager.services().rollback(new RollbackServiceRequest(current.id()));
      Service rolledBack =
          manager
              .services()
              .get(
                  new GetServiceRequest(
                      new ServiceRef.ById(current.id()), ReadConsistency.LINEARIZABLE));
      return printedThenFollowed(manager, rolledBack, RolloutKind.ROLLBACK);
    }
  }

  /** Starts a recorded rollout of {@code --image} with the given strategy and update options. */
  private int rollOut() throws InterruptedException {
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
    Optional<DeployStrategy> chosen = rollout.strategy();
    Optional<FailureAction> failureAction = rollout.failureAction();
    try (ManagerClient manager = connect()) {
      Service current = service.resolve(manager);
      manager
          .services()
          .updateImage(
              new UpdateServiceImageRequest(
                  current.id(),
                  image,
                  chosen,
                  rollout.updateConfig(current.spec().updateConfig(), failureAction)));
      Service updated =
          manager
              .services()
              .get(
                  new GetServiceRequest(
                      new ServiceRef.ById(current.id()), ReadConsistency.LINEARIZABLE));
      return printedThenFollowed(manager, updated, RolloutKind.UPDATE);
    }
  }

  /**
   * Prints the changed service as before; with {@code --detach=false} then waits for its rollout,
   * whose outcome is the exit code.
   */
  private int printedThenFollowed(ManagerClient manager, Service changed, RolloutKind kind)
      throws InterruptedException {
    int printed = printResult(changed, service -> service.id().value(), Service::name);
    if (!detach.waits()) {
      return printed;
    }
    return new RolloutFollower(manager, spec.commandLine().getErr()).follow(changed, kind);
  }

  private Optional<Map<String, String>> envChange(Map<String, String> current) {
    if (envAdd.isEmpty() && envRemove.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(MapEdits.edited(current, envAdd, envRemove));
  }
}
