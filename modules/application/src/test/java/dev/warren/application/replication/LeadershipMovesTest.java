package dev.warren.application.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.application.Fixture;
import dev.warren.application.Seed;
import dev.warren.application.SwitchableLeadershipLog;
import dev.warren.application.node.HeartbeatTracker;
import dev.warren.application.node.NodeLivenessLoop;
import dev.warren.application.orchestration.ServiceReconciler;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The leader-only loops follow leadership: a manager that does not lead decides nothing, one that
 * steps down stops deciding at its next pass, and one that starts leading starts deciding, giving
 * every node a full timeout from the moment it took over.
 */
class LeadershipMovesTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final Fixture fixture = new Fixture();
  private final Seed seed = new Seed(fixture);

  @Test
  void theReconcilerPlacesOnlyWhileItsManagerLeads() {
    var log = new SwitchableLeadershipLog(fixture.log, false);
    var reconciler = new ServiceReconciler(fixture.state, log, fixture.clock);
    seed.node("n1");
    seed.service("web");

    assertThat(reconciler.reconcileOnce().idle()).as("a follower").isTrue();
    int proposedAsFollower = fixture.log.proposed().size();

    log.lead();
    var asLeader = reconciler.reconcileOnce();
    assertThat(asLeader.created()).hasSize(1);
    assertThat(fixture.log.proposed()).hasSizeGreaterThan(proposedAsFollower);

    log.stepDown();
    seed.service("api");
    int beforeStepDownPass = fixture.log.proposed().size();
    assertThat(reconciler.reconcileOnce().idle()).as("stepped down").isTrue();
    assertThat(fixture.log.proposed()).hasSize(beforeStepDownPass);
  }

  @Test
  void aNewLeaderGivesEveryNodeAFullTimeoutFromWhenItTookOverThenMarksTheSilentOnesDown() {
    var log = new SwitchableLeadershipLog(fixture.log, false);
    var heartbeats = new HeartbeatTracker();
    var liveness = new NodeLivenessLoop(fixture.state, log, heartbeats, fixture.clock, TIMEOUT);
    seed.node("n1");

    fixture.clock.advance(TIMEOUT.multipliedBy(4));
    assertThat(liveness.checkOnce()).as("a follower marks nothing down").isEmpty();

    log.lead();
    assertThat(liveness.checkOnce()).as("just took over").isEmpty();
    fixture.clock.advance(TIMEOUT.minusSeconds(1));
    assertThat(liveness.checkOnce()).as("within the timeout since taking over").isEmpty();
    fixture.clock.advance(Duration.ofSeconds(2));
    assertThat(liveness.checkOnce()).containsExactly(NodeId.of("n1"));
    assertThat(seed.storedNode("n1").status()).isEqualTo(NodeStatus.DOWN);
  }

  @Test
  void aLeaderThatStepsDownStopsMarkingNodesDownAndItsNextTermStartsAFreshTimeout() {
    var log = new SwitchableLeadershipLog(fixture.log, true);
    var heartbeats = new HeartbeatTracker();
    var liveness = new NodeLivenessLoop(fixture.state, log, heartbeats, fixture.clock, TIMEOUT);
    seed.node("n1");
    seed.node("n2");
    heartbeats.beat(NodeId.of("n1"), fixture.clock.instant());
    heartbeats.beat(NodeId.of("n2"), fixture.clock.instant());

    log.stepDown();
    fixture.clock.advance(TIMEOUT.multipliedBy(2));
    assertThat(liveness.checkOnce()).as("stepped down").isEmpty();

    log.lead();
    // The loop's pass right after the election: n2 has been silent for two timeouts, but this
    // term has only begun.
    assertThat(liveness.checkOnce()).as("the first pass of the new term").isEmpty();
    heartbeats.beat(NodeId.of("n1"), fixture.clock.instant());
    fixture.clock.advance(TIMEOUT.plusSeconds(1));
    heartbeats.beat(NodeId.of("n1"), fixture.clock.instant());

    assertThat(liveness.checkOnce()).containsExactly(NodeId.of("n2"));
  }
}
