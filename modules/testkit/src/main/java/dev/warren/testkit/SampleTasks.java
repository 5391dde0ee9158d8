package dev.warren.testkit;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tasks made from a service the way the scheduler will make them: the service's current spec, one
 * slot, pending, desired running. Nothing in production creates tasks yet, so tests propose these
 * in a {@code TasksCreated} change.
 */
public final class SampleTasks {
  private SampleTasks() {}

  /** A pending task of {@code service} in {@code slot}, assigned to {@code node}. */
  public static Task placed(String id, Service service, int slot, NodeId node, Instant at) {
    return task(id, service, slot, Optional.of(node), at);
  }

  /** A pending task of {@code service} in {@code slot}, on {@code node} or not placed yet. */
  public static Task task(String id, Service service, int slot, Optional<NodeId> node, Instant at) {
    return Task.pendingReplica(TaskId.of(id), service, slot, node, at);
  }

  /** {@code task} running {@code command} of {@code image} instead of its service's. */
  public static Task withImage(Task task, String image, List<String> command) {
    return withRunSpec(task, image, command, task.healthCheck(), task.secrets());
  }

  /** {@code task} with {@code check} as its health check. */
  public static Task withHealthCheck(Task task, HealthCheck check) {
    return withRunSpec(task, task.image(), task.command(), Optional.of(check), task.secrets());
  }

  /** {@code task} referencing the secrets named {@code secrets}. */
  public static Task withSecrets(Task task, List<String> secrets) {
    return withRunSpec(task, task.image(), task.command(), task.healthCheck(), secrets);
  }

  /** {@code task} with what it runs replaced, the rest as it is. */
  private static Task withRunSpec(
      Task task,
      String image,
      List<String> command,
      Optional<HealthCheck> check,
      List<String> secrets) {
    return new Task(
        task.id(),
        task.serviceId(),
        task.serviceName(),
        task.slot(),
        task.nodeId(),
        image,
        command,
        task.env(),
        task.resources(),
        task.volumes(),
        check,
        task.restartPolicy(),
        secrets,
        task.stopTimeoutSeconds(),
        task.desiredState(),
        task.state(),
        task.runtimeContainerId(),
        task.error(),
        task.version(),
        task.createdAt(),
        task.updatedAt(),
        task.health(),
        Version.initial());
  }
}
