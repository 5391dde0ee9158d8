package dev.warren.application.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.replication.StateQueries;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.GetContainerRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContainerHandlersTest {
  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final UpdateContainerStatusHandler updateStatus =
      new UpdateContainerStatusHandler(fixture.state, fixture.log, fixture.clock);
  private final ListContainersHandler list =
      new ListContainersHandler(new StateQueries(fixture.state, fixture.log));
  private final GetContainerHandler get =
      new GetContainerHandler(new StateQueries(fixture.state, fixture.log));
  private final ReportContainerHealthHandler health =
      new ReportContainerHealthHandler(fixture.state, fixture.log);
  private final DeleteServiceHandler deleteService =
      new DeleteServiceHandler(fixture.state, fixture.log);
  private Service web;
  private Service api;

  @BeforeEach
  void seedTwoServicesOnTwoNodes() {
    seed.node("node-1");
    seed.node("node-2");
    web = seed.service("web");
    api = seed.service("api");
    seed.task("w1", web, 1, "node-2");
    seed.task("w0", web, 0, "node-1");
    seed.task("a0", api, 0, "node-1");
  }

  private void report(String node, String task, TaskState state) {
    updateStatus.update(
        new UpdateContainerStatusRequest(
            NodeId.of(node), new TaskStatusReport(TaskId.of(task), state, "ctr-" + task, "")));
  }

  private Task read(String id) {
    return get.get(new GetContainerRequest(TaskId.of(id), ReadConsistency.LINEARIZABLE));
  }

  private void reportHealth(String task, boolean healthy) {
    health.report(
        new ReportContainerHealthRequest(
            TaskId.of(task), healthy, healthy ? "200 OK" : "503", Fixture.T0, 0, 1));
  }

  private int proposals() {
    return fixture.log.proposed().size();
  }

  @Test
  void aForwardReportIsStoredWithTheManagersTime() {
    Instant now = fixture.clock.advance(Duration.ofSeconds(3));

    report("node-1", "w0", TaskState.RUNNING);

    Task running = read("w0");
    assertThat(running.state()).isEqualTo(TaskState.RUNNING);
    assertThat(running.runtimeContainerId()).isEqualTo("ctr-w0");
    assertThat(running.updatedAt()).isEqualTo(now);
  }

  @Test
  void aRepeatedReportSucceedsWithoutWriting() {
    report("node-1", "w0", TaskState.RUNNING);
    int before = proposals();

    report("node-1", "w0", TaskState.RUNNING);

    assertThat(proposals()).isEqualTo(before);
  }

  @Test
  void illegalReportsAreRefusedWithTheirOwnCodes() {
    report("node-1", "w0", TaskState.COMPLETE);

    assertThatThrownBy(() -> report("node-1", "w0", TaskState.RUNNING))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("container states only move forward");
    assertThatThrownBy(() -> report("node-1", "w1", TaskState.RUNNING))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("not assigned to node node-1");
    assertThatThrownBy(() -> report("node-1", "ghost", TaskState.RUNNING))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("container not found: ghost");
    assertThat(read("w1").state()).isEqualTo(TaskState.PENDING);
  }

  @Test
  void listFiltersByServiceAndNodeAndOrdersByServiceNameAndSlot() {
    assertThat(ids(Optional.empty(), Optional.empty())).containsExactly("a0", "w0", "w1");
    assertThat(ids(Optional.of(web.id().value()), Optional.empty())).containsExactly("w0", "w1");
    assertThat(ids(Optional.empty(), Optional.of("node-1"))).containsExactly("a0", "w0");
    assertThat(ids(Optional.of(web.id().value()), Optional.of("node-1"))).containsExactly("w0");
    assertThat(ids(Optional.of("no-such-service"), Optional.empty())).isEmpty();
  }

  private List<String> ids(Optional<String> service, Optional<String> node) {
    return list
        .list(
            new ListContainersRequest(
                service.map(ServiceId::of), node.map(NodeId::of), ReadConsistency.LINEARIZABLE))
        .stream()
        .map(task -> task.id().value())
        .toList();
  }

  @Test
  void onlyHealthTransitionsAreReplicated() {
    int before = proposals();

    reportHealth("w0", true);
    reportHealth("w0", true);
    reportHealth("w0", false);
    reportHealth("w0", false);
    reportHealth("w0", true);

    assertThat(proposals()).isEqualTo(before + 3);
    assertThat(read("w0").health()).isEqualTo(TaskHealth.HEALTHY);
    assertThatThrownBy(() -> reportHealth("ghost", true)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void deletingAServiceShutsDownItsContainers() {
    deleteService.delete(new DeleteServiceRequest(web.id()));

    assertThat(read("w0").desiredState().wireName()).isEqualTo("shutdown");
    assertThat(read("w1").desiredState().wireName()).isEqualTo("shutdown");
    assertThat(read("a0").desiredState().wireName()).isEqualTo("running");
  }
}
