package dev.warren.testkit.linearizability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs concurrent clients against a {@link ClusterUnderTest} and records what each call asked, what
 * it got and when ({@link System#nanoTime()} right before the call and right after its answer).
 * Each client calls a random member about a random key: creates (rarely), updates expecting the
 * version it last saw (sometimes one behind, to meet conflicts), and reads.
 *
 * @param clients how many clients call at once, each on its own thread
 * @param keys the service names the clients work on; few, so that calls on a name overlap
 * @param seed makes each client's choices repeatable (not the cluster's timing)
 */
public record HistoryRecorder(int clients, List<String> keys, long seed) {
  public HistoryRecorder {
    if (clients < 1) {
      throw new IllegalArgumentException("clients must be at least 1, got " + clients);
    }
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("at least one key is needed");
    }
  }

  /** What a run recorded: the history, and how many calls were not sent (member down). */
  public record Recording(History history, long notSent) {
    public Recording {
      Objects.requireNonNull(history, "history");
    }

    /** How many calls got a definite answer. */
    public long answered() {
      return history.operations().stream().filter(Operation::answered).count();
    }
  }

  /**
   * Calls {@code cluster} from every client for {@code duration}, then waits for the last calls.
   */
  public Recording run(ClusterUnderTest cluster, Duration duration) throws InterruptedException {
    var history = new History.Builder();
    var notSent = new AtomicLong();
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      var random = new Random(seed * 31 + client);
      int id = client;
      threads.add(
          Thread.ofPlatform()
              .name("history-client-" + client)
              .start(() -> callUntil(cluster, id, random, end, history, notSent)));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new Recording(history.build(), notSent.get());
  }

  private void callUntil(
      ClusterUnderTest cluster,
      int client,
      Random random,
      long end,
      History.Builder history,
      AtomicLong notSent) {
    Map<String, Long> seen = new HashMap<>();
    List<String> members = cluster.members();
    while (System.nanoTime() - end < 0) {
      String key = keys.get(random.nextInt(keys.size()));
      String member = members.get(random.nextInt(members.size()));
      Call call = nextCall(random, key, seen.getOrDefault(key, 0L));
      long invoked = System.nanoTime();
      Outcome outcome;
      try {
        outcome = cluster.call(member, call);
      } catch (ClusterUnderTest.NotSentException e) {
        notSent.incrementAndGet();
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        outcome = Outcome.unknown();
      }
      long completed = System.nanoTime();
      history.add(new Operation(client, member, call, outcome, invoked, completed));
      if (outcome instanceof Outcome.Ok ok) {
        seen.put(key, ok.version());
      } else if (outcome instanceof Outcome.Failed failed && failed.failure() == Failure.EXISTS) {
        seen.putIfAbsent(key, 1L);
      }
    }
  }

  private static Call nextCall(Random random, String key, long seenVersion) {
    int pick = random.nextInt(20);
    if (seenVersion == 0 && pick < 6 || pick == 0) {
      return new Call.Create(key);
    }
    if (pick < 11) {
      long expected = Math.max(1, random.nextInt(5) == 0 ? seenVersion - 1 : seenVersion);
      return new Call.Update(key, expected);
    }
    return new Call.Get(key);
  }
}
