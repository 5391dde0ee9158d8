package dev.warren.application.events;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One subscriber's stream: retained events read from the store page by page (a resume), then the
 * live events the journal offers, which are buffered from the moment of subscribing. An id already
 * passed is never returned again, so the switch from replay to live has no gap and no duplicate.
 *
 * <p>The live buffer is bounded. While replaying, an overflow costs nothing (the store holds what
 * was dropped, so replay reads on); once live, it ends the stream with a message naming the id to
 * resume after.
 */
final class EventSubscription implements EventStream {
  /** Events read from the store per page while replaying. */
  static final int PAGE = 256;

  private final EventJournal journal;
  private final ClusterStatePort state;
  private final EventFilter filter;
  private final int capacity;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Event> live = new ArrayDeque<>();
  private final ArrayDeque<Event> replayed = new ArrayDeque<>();
  private volatile Runnable signal = () -> {};

  // Guarded by lock.
  private boolean replaying;
  private boolean lastPageRead;
  private boolean overflowed;
  private boolean closed;
  // Every event with an id up to this one has been returned or skipped as filtered.
  private long passed;

  EventSubscription(
      EventJournal journal, ClusterStatePort state, EventFilter filter, int capacity) {
    this.journal = journal;
    this.state = state;
    this.filter = filter;
    this.capacity = capacity;
  }

  /** Live events only, after the last applied index (read after subscribing). */
  void startLive(long appliedIndex) {
    lock.lock();
    try {
      passed = appliedIndex;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Retained events after {@code afterId} first; reads the first page at once, so a resume point
   * that is too old fails here.
   */
  void startReplay(long afterId) {
    lock.lock();
    try {
      passed = afterId;
      replaying = true;
    } finally {
      lock.unlock();
    }
    readPage();
  }

  /** Called by the journal on the apply thread: buffer, never wait. */
  void offer(Event event) {
    if (!filter.matches(event.type())) {
      return;
    }
    lock.lock();
    try {
      if (closed || overflowed) {
        return;
      }
      if (live.size() >= capacity) {
        overflowed = true;
        live.clear();
      } else {
        live.add(event);
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    signal.run();
  }

  /** {@inheritDoc} */
  @Override
  public Optional<Event> next(Duration wait) {
    long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
    while (true) {
      lock.lock();
      try {
        if (closed) {
          return Optional.empty();
        }
        if (replaying) {
          Optional<Event> replayedEvent = nextReplayed();
          if (replayedEvent.isPresent()) {
            return replayedEvent;
          }
        } else {
          Optional<Event> liveEvent = nextLive();
          if (liveEvent.isPresent()) {
            return liveEvent;
          }
          long remaining = deadline - System.nanoTime();
          if (remaining <= 0) {
            return Optional.empty();
          }
          changed.awaitNanos(remaining);
          continue;
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      } finally {
        lock.unlock();
      }
      if (replaying()) {
        readPage();
      }
    }
  }

  /** The next replayed event; empty with replaying still on when another page must be read. */
  private Optional<Event> nextReplayed() {
    Event event;
    while ((event = replayed.poll()) != null) {
      passed = event.id();
      if (filter.matches(event.type())) {
        return Optional.of(event);
      }
    }
    if (lastPageRead) {
      if (overflowed) {
        // Live events were dropped while replaying, but they are in the store: read on.
        overflowed = false;
        live.clear();
        lastPageRead = false;
      } else {
        replaying = false;
      }
    }
    return Optional.empty();
  }

  private Optional<Event> nextLive() {
    Event event;
    while ((event = live.poll()) != null) {
      if (event.id() > passed) {
        passed = event.id();
        return Optional.of(event);
      }
    }
    if (overflowed) {
      long resumeAfter = passed;
      closeLocked();
      throw new UnavailableException(
          "the event stream fell more than "
              + capacity
              + " events behind and was closed; resume after event "
              + resumeAfter);
    }
    return Optional.empty();
  }

  private boolean replaying() {
    lock.lock();
    try {
      return replaying && !closed;
    } finally {
      lock.unlock();
    }
  }

  /** Reads the page after the last passed id, outside the lock (the apply thread must not wait). */
  private void readPage() {
    long from;
    lock.lock();
    try {
      from = passed;
    } finally {
      lock.unlock();
    }
    Page page =
        state.read(
            reader ->
                new Page(
                    reader.lastAppliedIndex(),
                    reader.listFrom(EntityKind.EVENT, Event.key(from + 1), PAGE)));
    long oldestKept = page.appliedIndex() - journal.retention();
    if (from < oldestKept) {
      close();
      throw new FailedPreconditionException(
          "events after "
              + from
              + " are no longer kept: this manager keeps the events of its last "
              + journal.retention()
              + " log entries (ids after "
              + oldestKept
              + "); resume after a later event, or follow live events only");
    }
    lock.lock();
    try {
      replayed.addAll(page.events());
      lastPageRead = page.events().size() < PAGE;
    } finally {
      lock.unlock();
    }
  }

  /** {@inheritDoc} */
  @Override
  public void onAvailable(Runnable signal) {
    this.signal = signal == null ? () -> {} : signal;
  }

  /** {@inheritDoc} */
  @Override
  public void close() {
    lock.lock();
    try {
      closeLocked();
    } finally {
      lock.unlock();
    }
  }

  private void closeLocked() {
    closed = true;
    live.clear();
    replayed.clear();
    changed.signalAll();
    journal.unsubscribe(this);
  }

  private record Page(long appliedIndex, List<Event> events) {}
}
