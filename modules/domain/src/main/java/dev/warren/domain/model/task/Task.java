package dev.warren.domain.model.task;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One replica of a service (a "container" on the wire): what to run, where, what the managers want
 * of it and what its node last reported. {@code updatedAt} is the time of the last reported state;
 * a change of the desired state or of health moves only the version. {@code serviceVersion} is the
 * version of the service whose spec the replica was made from.
 */
public record Task(
    TaskId id,
    ServiceId serviceId,
    String serviceName,
    int slot,
    Optional<NodeId> nodeId,
    String image,
    List<String> command,
    Map<String, String> env,
    Resources resources,
    List<VolumeMount> volumes,
    Optional<HealthCheck> healthCheck,
    RestartPolicy restartPolicy,
    List<String> secrets,
    int stopTimeoutSeconds,
    DesiredState desiredState,
    TaskState state,
    String runtimeContainerId,
    String error,
    Version version,
    Instant createdAt,
    Instant updatedAt,
    TaskHealth health,
    Version serviceVersion) {

  public Task {
    Checks.notNull("container id", id);
    Checks.notNull("service id", serviceId);
    Checks.name("service name", serviceName);
    Checks.atLeast("slot", slot, 0);
    Checks.notNull("node id", nodeId);
    Checks.notBlank("image", image);
    command = Checks.list("command", command);
    env = Checks.map("env", env);
    Checks.notNull("resources", resources);
    volumes = Checks.list("volumes", volumes);
    Checks.notNull("health check", healthCheck);
    Checks.notNull("restart policy", restartPolicy);
    secrets = Checks.list("secrets", secrets);
    Checks.atLeast("stop timeout seconds", stopTimeoutSeconds, 0);
    Checks.notNull("desired state", desiredState);
    Checks.notNull("actual state", state);
    Checks.notNull("runtime container id", runtimeContainerId);
    Checks.notNull("error", error);
    Checks.notNull("version", version);
    Checks.notNull("created at", createdAt);
    Checks.notNull("updated at", updatedAt);
    Checks.notNull("health", health);
    Checks.notNull("service version", serviceVersion);
  }

  /**
   * A new replica of {@code service} in {@code slot}, made from its current spec: wanted running,
   * still pending, on {@code node} if that is already known, without secrets.
   */
  public static Task pendingReplica(
      TaskId id, Service service, int slot, Optional<NodeId> node, Instant now) {
    ServiceSpec spec = service.spec();
    return new Task(
        id,
        service.id(),
        spec.name(),
        slot,
        node,
        spec.image(),
        spec.command(),
        spec.env(),
        spec.resources(),
        spec.volumes(),
        spec.healthCheck(),
        spec.restartPolicy(),
        List.of(),
        spec.stopTimeoutSeconds(),
        DesiredState.RUNNING,
        TaskState.PENDING,
        "",
        "",
        Version.initial(),
        now,
        now,
        TaskHealth.UNKNOWN,
        service.version());
  }

  /**
   * Whether this replica runs what {@code spec} asks of a replica (image, command, env, resources,
   * volumes, health check, restart policy, stop timeout): a replica that does not is replaced by a
   * rollout. The replica count, placement and ports are the service's, not a replica's, so a change
   * of them alone rolls nothing out; {@link #serviceVersion()} says which version of the service a
   * replica was made from, which for a scaled service may be newer than the spec it runs.
   */
  public boolean runs(ServiceSpec spec) {
    return image.equals(spec.image())
        && command.equals(spec.command())
        && env.equals(spec.env())
        && resources.equals(spec.resources())
        && volumes.equals(spec.volumes())
        && healthCheck.equals(spec.healthCheck())
        && restartPolicy.equals(spec.restartPolicy())
        && stopTimeoutSeconds == spec.stopTimeoutSeconds();
  }

  /** Whether this task is assigned to {@code node}. */
  public boolean isOn(NodeId node) {
    return nodeId.filter(node::equals).isPresent();
  }

  /**
   * This task in {@code next} state, as its node reported it.
   *
   * @throws FailedPreconditionException if the move would go backwards or leave a terminal state
   */
  public Task moveTo(TaskState next, String runtimeId, String errorText, Instant now) {
    if (!state.canMoveTo(next)) {
      throw new FailedPreconditionException(
          "container "
              + id
              + " cannot move from "
              + state.wireName()
              + " to "
              + next.wireName()
              + ": container states only move forward");
    }
    return copy(nodeId, desiredState, next, runtimeId, errorText, version.next(), now, health);
  }

  /**
   * This task with the managers wanting it in {@code desired} state (a new version). A task that
   * was never placed has no node to stop it, so shutting it down ends it here.
   */
  public Task withDesiredState(DesiredState desired) {
    TaskState newState =
        desired == DesiredState.SHUTDOWN && nodeId.isEmpty() && state == TaskState.PENDING
            ? TaskState.SHUTDOWN
            : state;
    return copy(
        nodeId, desired, newState, runtimeContainerId, error, version.next(), updatedAt, health);
  }

  /**
   * What the managers want of this task as a user reads it ({@code service ps}, as Docker shows
   * it): a task that ended is never started again (a replacement is a new task), so it is wanted
   * shut down. The stored {@link #desiredState()} of a task that ended on its own stays {@code
   * running}, because that is how the restart policy tells it from one the managers stopped.
   */
  public DesiredState shownDesiredState() {
    return state.isTerminal() ? DesiredState.SHUTDOWN : desiredState;
  }

  /** Whether this task waits for a node: wanted running, pending, on no node yet. */
  public boolean isUnplaced() {
    return nodeId.isEmpty() && state == TaskState.PENDING && desiredState == DesiredState.RUNNING;
  }

  /** This waiting task placed on {@code node} by a later pass (a new version). */
  public Task assignedTo(NodeId node) {
    return copy(
        Optional.of(node),
        desiredState,
        TaskState.ASSIGNED,
        runtimeContainerId,
        "",
        version.next(),
        updatedAt,
        health);
  }

  /** This new or waiting task, on no node, and why (shown by {@code service ps}). */
  public Task pendingBecause(String reason, boolean newVersion) {
    return copy(
        nodeId,
        desiredState,
        state,
        runtimeContainerId,
        reason,
        newVersion ? version.next() : version,
        updatedAt,
        health);
  }

  /** This task with {@code newHealth} as its probes report it (a new version). */
  public Task withHealth(TaskHealth newHealth) {
    return copy(
        nodeId,
        desiredState,
        state,
        runtimeContainerId,
        error,
        version.next(),
        updatedAt,
        newHealth);
  }

  /**
   * This new task as the scheduler placed it on {@code node}: assigned, still its first version.
   */
  public Task placedOn(NodeId node) {
    return copy(
        Optional.of(node),
        desiredState,
        TaskState.ASSIGNED,
        runtimeContainerId,
        error,
        version,
        updatedAt,
        health);
  }

  /** This task with what it runs as it is, the rest as given. */
  private Task copy(
      Optional<NodeId> newNodeId,
      DesiredState desired,
      TaskState newState,
      String runtimeId,
      String errorText,
      Version newVersion,
      Instant newUpdatedAt,
      TaskHealth newHealth) {
    return new Task(
        id,
        serviceId,
        serviceName,
        slot,
        newNodeId,
        image,
        command,
        env,
        resources,
        volumes,
        healthCheck,
        restartPolicy,
        secrets,
        stopTimeoutSeconds,
        desired,
        newState,
        runtimeId,
        errorText,
        newVersion,
        createdAt,
        newUpdatedAt,
        newHealth,
        serviceVersion);
  }
}
