package dev.warren.application.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.domain.change.ServiceChange.ServiceUpdated;
import dev.warren.domain.change.TaskChange.TaskStateReported;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.Await;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReconcilerLoopTest {
  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);
  private ReconcilerLoop loop;

  @AfterEach
  void stop() {
    if (loop != null) {
      loop.close();
    }
  }

  private List<Task> tasks() {
    return fixture.state.read(reader -> reader.list(EntityKind.TASK));
  }

  @Test
  void committedChangesDriveThePassesWithoutWaitingForTheSweep() {
    seed.node("node-1");
    loop =
        new ReconcilerLoop(
            new ServiceReconciler(fixture.state, fixture.log, fixture.clock),
            fixture.clock,
            Duration.ofHours(1));
    fixture.apply.onApplied(loop::onApplied);
    loop.start();

    Service web = seed.service("web");
    ServiceSpec spec =
        web.spec().withReplicas(2).withRestartPolicy(new RestartPolicy(RestartCondition.ANY, 0, 0));
    seed.propose(new ServiceUpdated(web.update(spec, Fixture.T0)));
    Await.until(() -> tasks().size() == 2);

    Task first = tasks().get(0);
    seed.propose(
        new TaskStateReported(
            NodeId.of("node-1"),
            new TaskStatusReport(first.id(), TaskState.FAILED, "", "exited with code 1"),
            Fixture.T0));

    Await.until(() -> tasks().size() == 3);
    assertThat(tasks().stream().filter(t -> !t.state().isTerminal())).hasSize(2);
  }
}
