package dev.warren.application;

import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import dev.warren.testkit.MutableInstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Like {@link Fixture}, with containers already in the state: nothing proposes containers yet, so
 * they are written straight to the store, and the log continues after them.
 */
public final class SeededManager {
  public final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  public final ApplyCommittedChangeHandler apply = new ApplyCommittedChangeHandler(state);
  public final InMemoryReplicatedLogAdapter log;
  public final MutableInstantSource clock = new MutableInstantSource(Fixture.T0);

  public SeededManager(Task... containers) {
    for (Task container : containers) {
      state.apply(state.lastAppliedIndex() + 1, writer -> writer.put(EntityKind.TASK, container));
    }
    log = new InMemoryReplicatedLogAdapter(apply, state.lastAppliedIndex());
  }

  /**
   * A container of service {@code serviceName} in {@code state}, using these secrets and mounts.
   */
  public static Task container(
      String id,
      String serviceName,
      TaskState state,
      List<String> secrets,
      List<VolumeMount> volumes) {
    return new Task(
        TaskId.of(id),
        ServiceId.of("svc-" + serviceName),
        serviceName,
        0,
        Optional.empty(),
        "nginx:1",
        List.of(),
        Map.of(),
        Resources.UNLIMITED,
        volumes,
        Optional.empty(),
        RestartPolicy.DEFAULT,
        secrets,
        10,
        state.isTerminal() ? DesiredState.SHUTDOWN : DesiredState.RUNNING,
        state,
        "",
        "",
        Version.initial(),
        Fixture.T0,
        Fixture.T0,
        TaskHealth.UNKNOWN,
        Version.initial());
  }
}
