package dev.warren.application.workload;

import dev.warren.domain.change.StateChange;
import dev.warren.domain.change.TaskChange;
import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.in.WatchContainersUseCase;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live feeds of nodes' containers, fed by {@link #onApplied} (registered on the apply handler).
 *
 * <p>No gap, no repeat: a watch is subscribed before the current set is read, so every change
 * committed after that read reaches its buffer; changes at or below the log index the read saw are
 * already in the current set and are dropped. Whether an event is an add, update or delete is
 * decided when it is polled, from what the reader has been told so far, and a version the reader
 * already has is not sent again.
 *
 * <p>Never blocks the apply thread: a change that finds {@code bufferCapacity} task changes already
 * waiting in a watch's buffer cuts the watch off (its next poll throws, telling the reader to watch
 * again) instead of waiting for the reader. A change is buffered whole, so a buffer holds at most
 * the capacity plus one change's tasks on that node. Thread-safe.
 */
public final class WatchContainersHandler implements WatchContainersUseCase {
  /** Task changes a watch may hold unread before it is cut off: minutes of a busy node's. */
  public static final int DEFAULT_BUFFER_CAPACITY = 1024;

  private final ClusterStatePort state;
  private final int bufferCapacity;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

  /**
   * @param bufferCapacity how many task changes a watch may hold unread before it is cut off
   * @throws InvalidSpecException if the capacity is not positive
   */
  public WatchContainersHandler(ClusterStatePort state, int bufferCapacity) {
    if (bufferCapacity < 1) {
      throw new InvalidSpecException("buffer capacity must be at least 1, got " + bufferCapacity);
    }
    this.state = state;
    this.bufferCapacity = bufferCapacity;
  }

  @Override
  public ContainerWatch watch(WatchContainersRequest request, Runnable wakeUp) {
    NodeId node = request.nodeId();
    var subscription = new Subscription(node, wakeUp);
    subscriptions.add(subscription);
    try {
      record CurrentSet(long index, List<Task> tasks) {}
      CurrentSet current =
          state.read(
              reader -> {
                if (reader.get(EntityKind.NODE, node.value()).isEmpty()) {
                  throw new NotFoundException("node not found: " + node);
                }
                return new CurrentSet(
                    reader.lastAppliedIndex(),
                    reader.list(EntityKind.TASK).stream().filter(task -> task.isOn(node)).toList());
              });
      subscription.start(current.index(), current.tasks());
      return subscription;
    } catch (RuntimeException failure) {
      subscriptions.remove(subscription);
      throw failure;
    }
  }

  /**
   * Hands the containers {@code change} wrote to the watches they concern. Runs on the apply thread
   * right after the change at {@code logIndex} is applied; reads the state (which is then at
   * exactly that index) and never waits for a reader.
   */
  public void onApplied(long logIndex, StateChange change) {
    if (subscriptions.isEmpty()) {
      return;
    }
    Map<TaskId, Optional<Task>> touched =
        state.read(
            reader -> {
              var found = new LinkedHashMap<TaskId, Optional<Task>>();
              for (TaskId id : TaskChange.touchedBy(change, reader)) {
                found.put(id, reader.get(EntityKind.TASK, id.value()));
              }
              return found;
            });
    if (touched.isEmpty()) {
      return;
    }
    for (Subscription subscription : subscriptions) {
      subscription.offer(logIndex, touched);
    }
  }

  /** How many watches are open; for tests and metrics. */
  public int openWatches() {
    return subscriptions.size();
  }

  /** A task as a committed change left it: present (on some node or none) or gone. */
  private record Observation(long logIndex, TaskId id, Optional<Task> task) {}

  private final class Subscription implements ContainerWatch {
    private final NodeId node;
    private final Runnable wakeUp;
    // All below guarded by this.
    private final ArrayDeque<TaskEvent> currentSet = new ArrayDeque<>();
    private final ArrayDeque<Observation> buffer = new ArrayDeque<>();

    /** Tasks the reader knows (or will, once it polled the current set), as last sent. */
    private final Map<TaskId, Task> known = new HashMap<>();

    /** Tasks whose next change the reader must see: those on the node or just sent as on it. */
    private final Set<TaskId> followed = new HashSet<>();

    private boolean started;
    private long startIndex;
    private String cutOffReason;
    private boolean closed;

    Subscription(NodeId node, Runnable wakeUp) {
      this.node = node;
      this.wakeUp = wakeUp;
    }

    synchronized void start(long index, List<Task> tasks) {
      startIndex = index;
      for (Task task : tasks) {
        currentSet.add(new TaskEvent(TaskEvent.Type.ADD, task));
        known.put(task.id(), task);
        followed.add(task.id());
      }
      started = true;
    }

    void offer(long logIndex, Map<TaskId, Optional<Task>> touched) {
      boolean changed = false;
      synchronized (this) {
        if (closed || cutOffReason != null) {
          return;
        }
        for (Map.Entry<TaskId, Optional<Task>> entry : touched.entrySet()) {
          TaskId id = entry.getKey();
          boolean onNode = entry.getValue().filter(task -> task.isOn(node)).isPresent();
          // Until the current set is read, keep everything: it may concern a task in that set.
          if (!started || onNode || followed.contains(id)) {
            // Checked once per change, so a change is buffered whole or cuts the watch off.
            if (!changed && buffer.size() >= bufferCapacity) {
              cutOff();
              changed = true;
              break;
            }
            buffer.add(new Observation(logIndex, id, entry.getValue()));
            changed = true;
            if (onNode) {
              followed.add(id);
            }
          }
        }
        // Before start the opener polls anyway; it may not even hold the watch yet.
        changed = changed && started;
      }
      if (changed) {
        wakeUp.run();
      }
    }

    @Override
    public synchronized Optional<TaskEvent> poll() {
      if (cutOffReason != null) {
        throw new VersionConflictException(cutOffReason);
      }
      if (closed) {
        return Optional.empty();
      }
      TaskEvent next = currentSet.poll();
      if (next != null) {
        return Optional.of(next);
      }
      for (Observation observation = buffer.poll();
          observation != null;
          observation = buffer.poll()) {
        if (observation.logIndex() > startIndex) {
          Optional<TaskEvent> event = eventFor(observation);
          if (event.isPresent()) {
            return event;
          }
        }
      }
      return Optional.empty();
    }

    private Optional<TaskEvent> eventFor(Observation observation) {
      Task last = known.get(observation.id());
      Optional<Task> onNode = observation.task().filter(task -> task.isOn(node));
      if (onNode.isPresent()) {
        Task task = onNode.get();
        if (last != null && task.version().value() <= last.version().value()) {
          return Optional.empty();
        }
        known.put(task.id(), task);
        return Optional.of(
            new TaskEvent(last == null ? TaskEvent.Type.ADD : TaskEvent.Type.UPDATE, task));
      }
      if (last == null) {
        return Optional.empty();
      }
      known.remove(observation.id());
      followed.remove(observation.id());
      return Optional.of(new TaskEvent(TaskEvent.Type.DELETE, observation.task().orElse(last)));
    }

    /** Called with the lock held. */
    private void cutOff() {
      cutOffReason =
          "the watch of node "
              + node
              + " fell more than "
              + bufferCapacity
              + " changes behind and was stopped; watch again to get the current containers";
      release();
    }

    @Override
    public void close() {
      synchronized (this) {
        closed = true;
        release();
      }
    }

    /** Called with the lock held. */
    private void release() {
      currentSet.clear();
      buffer.clear();
      known.clear();
      followed.clear();
      subscriptions.remove(this);
    }
  }
}
