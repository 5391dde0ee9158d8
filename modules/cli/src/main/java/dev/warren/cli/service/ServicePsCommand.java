package dev.warren.cli.service;

import static dev.warren.domain.port.in.ReadConsistency.LINEARIZABLE;

import dev.warren.cli.CliPorts;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerOutputCommand;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.GetRolloutRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.RolloutSnapshot;
import dev.warren.domain.port.in.ServiceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code warren service ps NAME|ID}: the replicas of one service, slot by slot, the current one
 * first and the ended ones it replaced below it; in the table, once the service had a rollout, its
 * state above them and each replica's spec version (SPEC).
 */
@Command(name = "ps", description = "List the replicas of a service.")
public final class ServicePsCommand extends ManagerOutputCommand {
  @Mixin ServiceParameter service;

  @Option(names = "--no-trunc", description = "Show errors in full in the table.")
  boolean noTrunc;

  ServicePsCommand(CliPorts ports) {
    super(ports);
  }

  @Override
  public Integer call() {
    List<Task> containers;
    Optional<RolloutSnapshot> rollout;
    try (ManagerClient manager = connect()) {
      ServiceId id = service.resolve(manager).id();
      var request = new ListContainersRequest(Optional.of(id), Optional.empty(), LINEARIZABLE);
      containers = manager.containers().list(request);
      rollout =
          manager.rollouts().get(new GetRolloutRequest(new ServiceRef.ById(id), LINEARIZABLE));
    }
    String heading = rollout.map(found -> RolloutText.summary(found) + "\n\n").orElse("");
    Map<TaskId, Version> specVersions =
        rollout.stream()
            .flatMap(found -> found.replicas().stream())
            .collect(
                Collectors.toMap(
                    RolloutSnapshot.Replica::id,
                    RolloutSnapshot.Replica::serviceVersion,
                    (first, second) -> first));
    return printList(
        ReplicaTable.ordered(containers),
        task -> task.id().value(),
        (replicas, now) -> heading + ReplicaTable.render(replicas, now, !noTrunc, specVersions));
  }
}
