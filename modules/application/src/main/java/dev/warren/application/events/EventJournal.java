package dev.warren.application.events;

import dev.warren.domain.model.event.Event;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The events of applied changes: kept in the cluster state, in the same transaction as their
 * change, for the last {@link #retention()} log entries, and handed to live subscribers once that
 * transaction has committed.
 *
 * <p>Threading: {@link #append} and {@link #publish} run on the apply thread, one call at a time;
 * publishing only offers the event to each subscriber's bounded buffer and never waits. Subscribing
 * and unsubscribing are safe from any thread.
 */
public final class EventJournal {
  /** Events of this many log entries are kept: enough for a client to reconnect and resume. */
  public static final int DEFAULT_RETENTION = 10_000;

  /** Entries pruned per look; log indexes rarely jump by more, and the loop covers the rest. */
  private static final int PRUNE_BATCH = 4;

  private final int retention;
  private final Set<EventSubscription> subscribers = new CopyOnWriteArraySet<>();

  /** A journal keeping the events of the last {@link #DEFAULT_RETENTION} log entries. */
  public EventJournal() {
    this(DEFAULT_RETENTION);
  }

  /**
   * @param retention how many of the latest log entries keep their events (at least 1)
   */
  public EventJournal(int retention) {
    if (retention < 1) {
      throw new IllegalArgumentException("event retention must be at least 1, got " + retention);
    }
    this.retention = retention;
  }

  /**
   * How many of the latest log entries keep their events: after applying entry {@code i}, the
   * events with ids up to {@code i - retention} are gone.
   */
  public int retention() {
    return retention;
  }

  /**
   * Stores {@code event} in the apply transaction of its change and removes the events that fell
   * out of the retention window; part of that transaction, so all of it happens or none.
   */
  public void append(StateWriter state, Event event) {
    state.put(EntityKind.EVENT, event);
    long newestPruned = event.id() - retention;
    if (newestPruned < 1) {
      return;
    }
    while (true) {
      List<Event> oldest = state.listFrom(EntityKind.EVENT, "", PRUNE_BATCH);
      for (Event old : oldest) {
        if (old.id() > newestPruned) {
          return;
        }
        state.delete(EntityKind.EVENT, EntityKind.EVENT.idOf(old));
      }
      if (oldest.size() < PRUNE_BATCH) {
        return;
      }
    }
  }

  /** Offers a committed event to every live subscriber; never blocks. */
  public void publish(Event event) {
    for (EventSubscription subscriber : subscribers) {
      subscriber.offer(event);
    }
  }

  void subscribe(EventSubscription subscriber) {
    subscribers.add(subscriber);
  }

  void unsubscribe(EventSubscription subscriber) {
    subscribers.remove(subscriber);
  }

  /** How many subscriptions are open; for tests and metrics. */
  public int subscriberCount() {
    return subscribers.size();
  }
}
