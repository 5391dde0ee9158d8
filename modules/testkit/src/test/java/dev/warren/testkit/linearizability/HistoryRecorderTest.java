package dev.warren.testkit.linearizability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The recorder and the nemesis against a fake cluster: one map under a lock (linearizable), whose
 * member "m3" can be made to answer reads from a copy frozen when it was paused.
 */
class HistoryRecorderTest {
  private static final List<String> KEYS = List.of("web", "api");

  @Test
  void aLinearizableClusterUnderKillsAndPausesRecordsALinearizableHistory() throws Exception {
    var cluster = new FakeCluster(false);
    var recorder = new HistoryRecorder(4, KEYS, 7);

    HistoryRecorder.Recording recording;
    try (var nemesis =
        new Nemesis(
                cluster,
                List.of(Nemesis.Fault.KILL, Nemesis.Fault.PAUSE, Nemesis.Fault.ISOLATE),
                Duration.ofMillis(50),
                Duration.ofMillis(50),
                7)
            .start()) {
      recording = recorder.run(cluster, Duration.ofMillis(1000));
      nemesis.stop();
      assertThat(nemesis.repaired(Nemesis.Fault.KILL)).isPositive();
      assertThat(nemesis.repaired(Nemesis.Fault.PAUSE)).isPositive();
      assertThat(nemesis.repaired(Nemesis.Fault.ISOLATE)).isPositive();
    }

    assertThat(recording.answered()).isGreaterThan(100);
    assertThat(recording.notSent()).as("calls to a killed member").isPositive();
    assertThat(recording.history().operations())
        .extracting(Operation::call)
        .hasAtLeastOneElementOfType(Call.Create.class)
        .hasAtLeastOneElementOfType(Call.Update.class)
        .hasAtLeastOneElementOfType(Call.Get.class);
    assertThat(LinearizabilityChecker.forServices().check(recording.history()))
        .isInstanceOf(Verdict.Linearizable.class);
  }

  @Test
  void staleReadsFromAFrozenMemberAreCaught() throws Exception {
    var cluster = new FakeCluster(true);
    cluster.pause("m3");

    var recording = new HistoryRecorder(3, KEYS, 11).run(cluster, Duration.ofMillis(300));

    var verdict = LinearizabilityChecker.forServices().check(recording.history());
    assertThat(verdict).isInstanceOf(Verdict.NotLinearizable.class);
    var violation = ((Verdict.NotLinearizable) verdict).violation();
    assertThat(violation.offending().call()).isInstanceOf(Call.Get.class);
    assertThat(violation.offending().member()).isEqualTo("m3");
    assertThat(violation.explain()).contains(" on m3 get(");
  }

  /** Versions by name under one lock; a paused member reads a frozen copy if {@code stale}. */
  private static final class FakeCluster implements ClusterUnderTest {
    private final boolean stale;
    private final Map<String, Long> versions = new HashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Long>> frozen = new ConcurrentHashMap<>();

    FakeCluster(boolean stale) {
      this.stale = stale;
    }

    @Override
    public List<String> members() {
      return List.of("m1", "m2", "m3");
    }

    @Override
    public Outcome create(String member, String name) throws InterruptedException {
      travel();
      return createHere(member, name);
    }

    private synchronized Outcome createHere(String member, String name) {
      requireUp(member);
      if (versions.containsKey(name)) {
        return Outcome.failed(Failure.EXISTS);
      }
      versions.put(name, 1L);
      return Outcome.ok(1);
    }

    @Override
    public Outcome update(String member, String name, long expectedVersion)
        throws InterruptedException {
      travel();
      return updateHere(member, name, expectedVersion);
    }

    private synchronized Outcome updateHere(String member, String name, long expectedVersion) {
      requireUp(member);
      Long version = versions.get(name);
      if (version == null) {
        return Outcome.failed(Failure.NOT_FOUND);
      }
      if (version != expectedVersion) {
        return Outcome.failed(Failure.VERSION_MISMATCH);
      }
      versions.put(name, version + 1);
      return Outcome.ok(version + 1);
    }

    @Override
    public Outcome get(String member, String name) throws InterruptedException {
      travel();
      return getHere(member, name);
    }

    private synchronized Outcome getHere(String member, String name) {
      requireUp(member);
      Map<String, Long> source = stale ? frozen.getOrDefault(member, versions) : versions;
      Long version = source.get(name);
      return version == null ? Outcome.failed(Failure.NOT_FOUND) : Outcome.ok(version);
    }

    /** A network's latency, so that a run makes thousands of calls rather than millions. */
    private static void travel() throws InterruptedException {
      Thread.sleep(1);
    }

    private void requireUp(String member) {
      if (down.contains(member)) {
        throw new NotSentException(member);
      }
    }

    @Override
    public void kill(String member) {
      down.add(member);
    }

    @Override
    public void restart(String member) {
      down.remove(member);
    }

    @Override
    public synchronized void pause(String member) {
      frozen.put(member, Map.copyOf(versions));
    }

    @Override
    public void resume(String member) {
      frozen.remove(member);
    }

    /** The fake has no links between members: an isolated one answers like a paused one. */
    @Override
    public void isolate(String member) {
      pause(member);
    }

    @Override
    public void heal(String member) {
      resume(member);
    }

    @Override
    public void close() {}
  }
}
