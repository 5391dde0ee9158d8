package dev.warren.application.security;

import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskState;
import dev.warren.testkit.SampleEntities;
import java.util.List;
import java.util.Optional;

/** Callers and node-assigned containers for the authorization tests. */
public final class Callers {
  public static final Caller MANAGER = certified("manager-1", Role.MANAGER);
  public static final Caller ADMIN = certified("alice", Role.ADMIN);
  public static final Caller WORKER_A = certified("node-a", Role.WORKER);
  public static final Caller LOCAL = new Caller.LocalReader();
  public static final Caller ANONYMOUS = new Caller.Anonymous();

  private Callers() {}

  public static Caller certified(String name, Role role) {
    return new Caller.Certified(new Identity(name, ClusterId.of("cluster-1"), role));
  }

  /** A container on {@code node} in {@code state}, using {@code secrets}. */
  public static Task containerOn(String id, String node, TaskState state, List<String> secrets) {
    Task sample = SampleEntities.task(id, "svc-web");
    return new Task(
        sample.id(),
        sample.serviceId(),
        sample.serviceName(),
        sample.slot(),
        Optional.of(NodeId.of(node)),
        sample.image(),
        sample.command(),
        sample.env(),
        sample.resources(),
        sample.volumes(),
        sample.healthCheck(),
        sample.restartPolicy(),
        secrets,
        sample.stopTimeoutSeconds(),
        state.isTerminal() ? DesiredState.SHUTDOWN : DesiredState.RUNNING,
        state,
        sample.runtimeContainerId(),
        sample.error(),
        sample.version(),
        sample.createdAt(),
        sample.updatedAt(),
        TaskHealth.UNKNOWN,
        Version.initial());
  }
}
