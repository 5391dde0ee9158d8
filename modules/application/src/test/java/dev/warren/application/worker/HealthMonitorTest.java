package dev.warren.application.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.workload.ReportContainerHealthHandler;
import dev.warren.domain.change.TaskChange.TasksCreated;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.policy.HealthTracking.ProbeResult;
import dev.warren.domain.port.out.ContainerLaunch;
import dev.warren.domain.port.out.HealthProbePort;
import dev.warren.testkit.InMemoryContainerRuntimeAdapter;
import dev.warren.testkit.SampleTasks;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthMonitorTest {
  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private final InMemoryContainerRuntimeAdapter runtime =
      new InMemoryContainerRuntimeAdapter(
          new InMemoryContainerRuntimeAdapter.Store(), fixture.clock);
  private final Deque<Boolean> script = new ArrayDeque<>();
  private int probed;
  private final HealthProbePort probes =
      (container, probe, timeout) -> {
        probed++;
        return new ProbeResult(script.isEmpty() || script.pop(), "scripted");
      };
  private final HealthMonitor monitor =
      new HealthMonitor(
          probes, new ReportContainerHealthHandler(fixture.state, fixture.log), fixture.clock);
  private Task task;

  @BeforeEach
  void aRunningContainerWithAHealthCheck() {
    seed.node("node-1");
    Service web = seed.service("web");
    task =
        SampleTasks.withHealthCheck(
            SampleTasks.withImage(
                SampleTasks.placed("t1", web, 0, NodeId.of("node-1"), Fixture.T0),
                InMemoryContainerRuntimeAdapter.IMAGE,
                List.of("run")),
            new HealthCheck(new HealthProbe.Tcp(8080), 5, 1, 2, 0));
    seed.propose(new TasksCreated(List.of(task)));
    runtime.start(ContainerLaunch.of(task));
  }

  @Test
  void onlyChangesOfHealthAreReportedAndProbesFollowTheInterval() {
    script.addAll(List.of(true, true, false, false));

    Map<?, TaskHealth> first = monitor.tick(List.of(task), runtime.list());
    Map<?, TaskHealth> tooSoon = monitor.tick(List.of(task), runtime.list());
    fixture.clock.advance(Duration.ofSeconds(5));
    Map<?, TaskHealth> confirmed = monitor.tick(List.of(task), runtime.list());

    assertThat(first).containsValue(TaskHealth.HEALTHY);
    assertThat(seed.stored("t1").health()).isEqualTo(TaskHealth.HEALTHY);
    assertThat(tooSoon).isEmpty();
    assertThat(confirmed).isEmpty();
    assertThat(probed).isEqualTo(2);

    fixture.clock.advance(Duration.ofSeconds(5));
    assertThat(monitor.tick(List.of(task), runtime.list())).isEmpty();
    fixture.clock.advance(Duration.ofSeconds(5));
    assertThat(monitor.tick(List.of(task), runtime.list())).containsValue(TaskHealth.UNHEALTHY);
    assertThat(seed.stored("t1").health()).isEqualTo(TaskHealth.UNHEALTHY);
  }

  @Test
  void aContainerThatStopsRunningIsNoLongerProbed() {
    monitor.tick(List.of(task), runtime.list());
    runtime.exit(task.id(), 0);
    fixture.clock.advance(Duration.ofSeconds(60));

    monitor.tick(List.of(task), runtime.list());

    assertThat(probed).isEqualTo(1);
  }
}
