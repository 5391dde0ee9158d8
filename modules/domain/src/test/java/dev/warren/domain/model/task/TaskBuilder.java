package dev.warren.domain.model.task;

import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pending, unplaced task of service "web" (id "s1") with Warren's defaults, for the domain's own
 * tests (they cannot use testkit, which depends on the domain); each test sets what it is about.
 */
public final class TaskBuilder {
  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private TaskId id = TaskId.of("t1");
  private ServiceId serviceId = ServiceId.of("s1");
  private String serviceName = "web";
  private int slot;
  private Optional<NodeId> nodeId = Optional.empty();
  private String image = "process://";
  private List<String> command = List.of();
  private Resources resources = Resources.UNLIMITED;
  private RestartPolicy restartPolicy = RestartPolicy.DEFAULT;
  private int stopTimeoutSeconds = 10;
  private DesiredState desiredState = DesiredState.RUNNING;
  private TaskState state = TaskState.PENDING;
  private String error = "";
  private Version version = Version.initial();
  private Instant createdAt = T0;
  private Instant updatedAt = T0;

  public static TaskBuilder task(String id) {
    return new TaskBuilder().id(id);
  }

  public TaskBuilder id(String value) {
    id = TaskId.of(value);
    return this;
  }

  public TaskBuilder service(ServiceId value, String name) {
    serviceId = value;
    serviceName = name;
    return this;
  }

  public TaskBuilder slot(int value) {
    slot = value;
    return this;
  }

  public TaskBuilder on(NodeId value) {
    nodeId = Optional.of(value);
    return this;
  }

  public TaskBuilder image(String value) {
    image = value;
    return this;
  }

  public TaskBuilder command(String... value) {
    command = List.of(value);
    return this;
  }

  public TaskBuilder resources(Resources value) {
    resources = value;
    return this;
  }

  public TaskBuilder restartPolicy(RestartPolicy value) {
    restartPolicy = value;
    return this;
  }

  public TaskBuilder stopTimeoutSeconds(int value) {
    stopTimeoutSeconds = value;
    return this;
  }

  public TaskBuilder desired(DesiredState value) {
    desiredState = value;
    return this;
  }

  public TaskBuilder state(TaskState value) {
    state = value;
    return this;
  }

  public TaskBuilder error(String value) {
    error = value;
    return this;
  }

  public TaskBuilder version(Version value) {
    version = value;
    return this;
  }

  public TaskBuilder times(Instant created, Instant updated) {
    createdAt = created;
    updatedAt = updated;
    return this;
  }

  /** The task, its health not known yet. */
  public Task build() {
    return new Task(
        id,
        serviceId,
        serviceName,
        slot,
        nodeId,
        image,
        command,
        Map.of(),
        resources,
        List.of(),
        Optional.empty(),
        restartPolicy,
        List.of(),
        stopTimeoutSeconds,
        desiredState,
        state,
        "",
        error,
        version,
        createdAt,
        updatedAt,
        TaskHealth.UNKNOWN,
        Version.initial());
  }
}
