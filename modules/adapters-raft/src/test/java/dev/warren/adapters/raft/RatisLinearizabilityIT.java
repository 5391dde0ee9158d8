package dev.warren.adapters.raft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.testkit.Await;
import dev.warren.testkit.linearizability.Call;
import dev.warren.testkit.linearizability.HistoryRecorder;
import dev.warren.testkit.linearizability.LinearizabilityChecker;
import dev.warren.testkit.linearizability.Nemesis;
import dev.warren.testkit.linearizability.Operation;
import dev.warren.testkit.linearizability.Outcome;
import dev.warren.testkit.linearizability.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Histories of concurrent creates, updates with expected versions and reads of a few services on a
 * real three-manager Raft group (Ratis and Xodus in this JVM), checked for linearizability while a
 * nemesis stops and holds back managers; and the check catching a read path that skips the read
 * barrier.
 */
class RatisLinearizabilityIT {
  private static final System.Logger LOG = System.getLogger(RatisLinearizabilityIT.class.getName());
  private static final List<String> SERVICES = List.of("web", "api", "db");

  @TempDir Path dir;

  @Test
  void writesAndBarrierReadsOnAnyManagerStayLinearizableWhileManagersStopLagAndAreCutOff()
      throws Exception {
    HistoryRecorder.Recording recording;
    List<String> faults;
    try (var cluster =
        InJvmRatisCluster.start(dir, InJvmRatisCluster.Reads.LINEARIZABLE, Duration.ofSeconds(5))) {
      var nemesis =
          new Nemesis(
                  cluster,
                  List.of(Nemesis.Fault.KILL, Nemesis.Fault.PAUSE, Nemesis.Fault.ISOLATE),
                  Duration.ofMillis(1000),
                  Duration.ofMillis(2000),
                  3)
              .start();
      try {
        recording = new HistoryRecorder(4, SERVICES, 3).run(cluster, Duration.ofSeconds(16));
      } finally {
        nemesis.stop();
      }
      faults = nemesis.events();
      assertThat(nemesis.repaired(Nemesis.Fault.KILL)).as("%s", faults).isPositive();
      assertThat(nemesis.repaired(Nemesis.Fault.PAUSE)).as("%s", faults).isPositive();
      assertThat(nemesis.repaired(Nemesis.Fault.ISOLATE)).as("%s", faults).isPositive();
      // A follower learns the last commit with the leader's next heartbeat; then all agree.
      Await.until(
          () ->
              SERVICES.stream()
                  .allMatch(
                      service -> {
                        var versions = cluster.versionsOf(service).values();
                        return versions.size() == 3 && versions.stream().distinct().count() == 1;
                      }));
    }

    var history = recording.history();
    assertThat(recording.answered()).as("answered calls").isGreaterThan(100);
    assertThat(history.operations())
        .filteredOn(operation -> operation.outcome() instanceof Outcome.Ok)
        .extracting(Operation::call)
        .hasAtLeastOneElementOfType(Call.Create.class)
        .hasAtLeastOneElementOfType(Call.Update.class)
        .hasAtLeastOneElementOfType(Call.Get.class);
    long start = System.nanoTime();
    var verdict = LinearizabilityChecker.forServices().check(history);
    LOG.log(
        System.Logger.Level.INFO,
        "{0} calls ({1} unanswered, {2} not sent to a stopped manager), faults {3}: {4} in {5} ms",
        history.operations().size(),
        history.unknownCount(),
        recording.notSent(),
        faults,
        verdict,
        (System.nanoTime() - start) / 1_000_000);
    assertThat(verdict)
        .as(
            "faults %s, %d calls, %d unanswered",
            faults, history.operations().size(), history.unknownCount())
        .isInstanceOf(Verdict.Linearizable.class);
  }

  @Test
  void readsServedFromALaggingManagersStoreWithoutTheBarrierAreCaught() throws Exception {
    HistoryRecorder.Recording recording;
    String lagging;
    try (var cluster =
        InJvmRatisCluster.start(
            dir, InJvmRatisCluster.Reads.LOCAL_WITHOUT_BARRIER, Duration.ofMillis(500))) {
      // The follower keeps logging and voting but applies nothing from here on: its store stays
      // empty, and its reads with it.
      lagging = cluster.aFollower();
      cluster.pause(lagging);
      recording = new HistoryRecorder(4, SERVICES, 5).run(cluster, Duration.ofSeconds(5));
      cluster.resume(lagging);
    }

    var verdict = LinearizabilityChecker.forServices().check(recording.history());

    LOG.log(System.Logger.Level.INFO, "reads without the barrier: {0}", verdict);
    assertThat(verdict).isInstanceOf(Verdict.NotLinearizable.class);
    var violation = ((Verdict.NotLinearizable) verdict).violation();
    assertThat(violation.offending().call()).as("%s", violation).isInstanceOf(Call.Get.class);
    assertThat(violation.offending().member()).as("%s", violation).isEqualTo(lagging);
  }
}
