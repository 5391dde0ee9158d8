package dev.warren.application.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.orchestration.ServiceReconciler;
import dev.warren.domain.change.LeaderDecision;
import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.ErrorKind;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.ApplyOutcome;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A leader's decisions carry its term; the apply logic refuses those of a deposed leader. */
class LeaderFencingTest {

  private static Service web() {
    return Service.create(ServiceId.of("s1"), ServiceSpec.of("web", "nginx:1", 1), Fixture.T0);
  }

  @Test
  void aDecisionFromAnOlderTermThanItsLogPositionIsRejectedAsANoOp() {
    var state = new InMemoryClusterStateAdapter();
    var handler = new ApplyCommittedChangeHandler(state);
    List<StateChange> heard = new ArrayList<>();
    handler.onApplied((index, change) -> heard.add(change));

    ApplyOutcome outcome = handler.apply(7, 3, new LeaderDecision(2, new ServiceCreated(web())));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            ApplyOutcome.Rejected.class,
            rejected -> {
              assertThat(rejected.kind()).isEqualTo(ErrorKind.FAILED_PRECONDITION);
              assertThat(rejected.message()).contains("term 2", "term 3", "deposed");
            });
    List<Service> services = state.read(reader -> reader.list(EntityKind.SERVICE));
    List<Event> events = state.read(reader -> reader.list(EntityKind.EVENT));
    assertThat(services).isEmpty();
    assertThat(events).isEmpty();
    assertThat(state.lastAppliedIndex()).isEqualTo(7);
    assertThat(heard).isEmpty();
  }

  @Test
  void aDecisionOfTheCurrentTermIsAppliedAndPublishedAsTheChangeItCarries() {
    var state = new InMemoryClusterStateAdapter();
    var handler = new ApplyCommittedChangeHandler(state);
    List<StateChange> heard = new ArrayList<>();
    handler.onApplied((index, change) -> heard.add(change));

    ApplyOutcome outcome = handler.apply(1, 4, new LeaderDecision(4, new ServiceCreated(web())));

    assertThat(outcome).isEqualTo(new ApplyOutcome.Applied(1));
    List<Service> services = state.read(reader -> reader.list(EntityKind.SERVICE));
    List<Event> events = state.read(reader -> reader.list(EntityKind.EVENT));
    assertThat(services).containsExactly(web());
    assertThat(heard).containsExactly(new ServiceCreated(web()));
    assertThat(events).extracting(Event::type).containsExactly("service.created");
  }

  @Test
  void aChangeThatIsNoDecisionIsNeverFenced() {
    var state = new InMemoryClusterStateAdapter();
    var handler = new ApplyCommittedChangeHandler(state);

    assertThat(handler.apply(1, 9, new ServiceCreated(web())))
        .isEqualTo(new ApplyOutcome.Applied(1));
  }

  @Test
  void aReconcilerWhoseTermEndedBeforeItsProposalLandedPlacesNothing() {
    var fixture = new Fixture();
    var seed = new Seed(fixture);
    seed.node("node-1");
    seed.service("web");
    long deposedTerm = fixture.log.leaderTerm().orElseThrow();
    fixture.log.beginTerm();

    assertThatThrownBy(
            () ->
                seed.propose(
                    new LeaderDecision(
                        deposedTerm,
                        new dev.warren.domain.change.TaskChange.TasksShutDown(
                            List.of(dev.warren.domain.model.task.TaskId.of("t1"))))))
        .isInstanceOf(FailedPreconditionException.class)
        .hasMessageContaining("deposed");

    // The leader of the new term decides again, and its decisions pass.
    ServiceReconciler.Pass pass =
        new ServiceReconciler(fixture.state, fixture.log, fixture.clock).reconcileOnce();
    assertThat(pass.created()).hasSize(1);
    assertThat(fixture.log.proposed())
        .filteredOn(LeaderDecision.class::isInstance)
        .last()
        .extracting(change -> ((LeaderDecision) change).term())
        .isEqualTo(deposedTerm + 1);
  }
}
