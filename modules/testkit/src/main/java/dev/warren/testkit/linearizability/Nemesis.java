package dev.warren.testkit.linearizability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Hurts one member of a {@link ClusterUnderTest} at a time, in rounds until closed: a quiet spell,
 * then a fault (the given ones in turn) on a random member for a while, then its repair. One member
 * at a time keeps a majority of three, so the cluster should stay available between elections.
 *
 * <p>The spells are wall-clock schedule, not synchronization: what the clients see during them is
 * what is checked.
 */
public final class Nemesis implements AutoCloseable {

  /** What the nemesis does to a member. */
  public enum Fault {
    /** {@link ClusterUnderTest#kill}, later {@link ClusterUnderTest#restart}. */
    KILL("kill", "restart", "restarted"),
    /** {@link ClusterUnderTest#pause}, later {@link ClusterUnderTest#resume}. */
    PAUSE("pause", "resume", "resumed"),
    /** {@link ClusterUnderTest#isolate}, later {@link ClusterUnderTest#heal}. */
    ISOLATE("isolate", "heal", "healed");

    private final String start;
    private final String repair;
    private final String repaired;

    Fault(String start, String repair, String repaired) {
      this.start = start;
      this.repair = repair;
      this.repaired = repaired;
    }
  }

  private final ClusterUnderTest cluster;
  private final List<Fault> faults;
  private final Duration quiet;
  private final Duration faulty;
  private final Random random;
  private final long startedAt = System.nanoTime();
  private final List<String> events = new ArrayList<>();
  private volatile boolean stopping;
  private Thread thread;
  private Exception failure;

  /**
   * @param quiet how long the cluster is left alone before each fault
   * @param faulty how long each fault lasts
   */
  public Nemesis(
      ClusterUnderTest cluster, List<Fault> faults, Duration quiet, Duration faulty, long seed) {
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    this.faults = List.copyOf(faults);
    if (this.faults.isEmpty()) {
      throw new IllegalArgumentException("at least one fault is needed");
    }
    this.quiet = quiet;
    this.faulty = faulty;
    this.random = new Random(seed);
  }

  /** Starts the rounds on a thread of their own. */
  public synchronized Nemesis start() {
    if (thread != null) {
      throw new IllegalStateException("the nemesis is already started");
    }
    thread = Thread.ofPlatform().name("nemesis").start(this::rounds);
    return this;
  }

  private void rounds() {
    List<String> members = cluster.members();
    int round = 0;
    while (!stopping) {
      if (!waitOut(quiet)) {
        return;
      }
      String member = members.get(random.nextInt(members.size()));
      Fault fault = faults.get(round++ % faults.size());
      try {
        event(fault.start, member);
        switch (fault) {
          case KILL -> cluster.kill(member);
          case PAUSE -> cluster.pause(member);
          case ISOLATE -> cluster.isolate(member);
        }
        waitOut(faulty);
      } catch (Exception e) {
        fail(e);
      } finally {
        try {
          event(fault.repair, member);
          switch (fault) {
            case KILL -> cluster.restart(member);
            case PAUSE -> cluster.resume(member);
            case ISOLATE -> cluster.heal(member);
          }
          event(fault.repaired, member);
        } catch (Exception e) {
          fail(e);
          return;
        }
      }
    }
  }

  /** Waits {@code spell} unless stopped first; whether it ran its course. */
  private boolean waitOut(Duration spell) {
    long end = System.nanoTime() + spell.toNanos();
    synchronized (this) {
      while (!stopping) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return true;
        }
        try {
          wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  private synchronized void event(String what, String member) {
    long millis = (System.nanoTime() - startedAt) / 1_000_000;
    events.add(String.format("+%d.%03ds %s %s", millis / 1000, millis % 1000, what, member));
  }

  private synchronized void fail(Exception e) {
    if (failure == null) {
      failure = e;
    } else {
      failure.addSuppressed(e);
    }
  }

  /** What the nemesis did so far, each with its time since the nemesis was made. */
  public synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** How many faults of {@code fault} were repaired, i.e. ran their full course. */
  public synchronized long repaired(Fault fault) {
    return events.stream().filter(event -> event.contains("s " + fault.repaired + " ")).count();
  }

  /**
   * Stops the rounds, repairs the fault in progress and waits for that.
   *
   * @throws IllegalStateException if a fault or a repair failed, or the wait was interrupted
   */
  public void stop() {
    Thread running;
    synchronized (this) {
      stopping = true;
      notifyAll();
      running = thread;
    }
    if (running != null) {
      try {
        running.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the nemesis repaired its last fault", e);
      }
    }
    synchronized (this) {
      if (failure != null) {
        throw new IllegalStateException(
            "the nemesis failed: " + failure.getMessage() + "; events " + events, failure);
      }
    }
  }

  /** {@link #stop}s, if not stopped yet. */
  @Override
  public void close() {
    stop();
  }
}
