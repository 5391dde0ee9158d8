package dev.warren.adapters.raft.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The index up to which the local state is applied, and futures waiting for it to reach an index.
 * Only grows. Thread-safe; waiters complete on the thread that advances the index (the apply
 * thread) or closes the waiter, so their callbacks must be quick.
 */
public final class AppliedIndexWaiter {
  private final Object lock = new Object();
  private final NavigableMap<Long, List<CompletableFuture<Long>>> waiting = new TreeMap<>();
  private volatile long applied;
  private RuntimeException closedWith;

  public AppliedIndexWaiter(long initial) {
    this.applied = initial;
  }

  /** The highest index applied so far. */
  public long current() {
    return applied;
  }

  /**
   * A future completed with {@code index} once the applied index reaches it: at once if it already
   * has, exceptionally with the close cause if the waiter closes first.
   */
  public CompletableFuture<Long> await(long index) {
    if (index <= applied) {
      return CompletableFuture.completedFuture(index);
    }
    synchronized (lock) {
      if (index <= applied) {
        return CompletableFuture.completedFuture(index);
      }
      if (closedWith != null) {
        return CompletableFuture.failedFuture(closedWith);
      }
      var future = new CompletableFuture<Long>();
      waiting.computeIfAbsent(index, i -> new ArrayList<>(1)).add(future);
      return future;
    }
  }

  /**
   * Raises the applied index to {@code index} (ignored if lower) and wakes the waiters it meets.
   */
  public void advanceTo(long index) {
    List<Map.Entry<Long, List<CompletableFuture<Long>>>> ready;
    synchronized (lock) {
      if (index <= applied) {
        return;
      }
      applied = index;
      var reached = waiting.headMap(index, true);
      if (reached.isEmpty()) {
        return;
      }
      ready = new ArrayList<>(reached.entrySet());
      reached.clear();
    }
    for (var entry : ready) {
      for (var future : entry.getValue()) {
        future.complete(entry.getKey());
      }
    }
  }

  /** Fails every current and later waiter whose index is not reached yet with {@code cause}. */
  public void close(RuntimeException cause) {
    List<CompletableFuture<Long>> failed = new ArrayList<>();
    synchronized (lock) {
      if (closedWith != null) {
        return;
      }
      closedWith = cause;
      waiting.values().forEach(failed::addAll);
      waiting.clear();
    }
    failed.forEach(future -> future.completeExceptionally(cause));
  }
}
