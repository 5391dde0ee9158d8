package dev.warren.bootstrap.lifecycle;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskEvent;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.port.in.ContainerWatch;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListContainersRequest;
import dev.warren.domain.port.in.RecordHeartbeatRequest;
import dev.warren.domain.port.in.RegisterNodeRequest;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.SecretReading;
import dev.warren.domain.port.in.UpdateContainerStatusRequest;
import dev.warren.domain.port.in.WatchContainersRequest;
import dev.warren.domain.port.in.WorkerAgentClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A standalone worker's way to the managers: one client per listed manager, used in turn. A call
 * that finds its manager unreachable is thrown to the worker's loop (which tries again at its next
 * tick) and moves the worker on to the next manager; a watch that was cut off or could not be
 * opened is opened again only after a pause that doubles with every failure in a row (from {@link
 * #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}), so a worker whose managers are all away waits
 * instead of spinning. Thread-safe.
 */
final class FailoverWorkerClient implements WorkerAgentClient {
  static final Duration FIRST_PAUSE = Duration.ofMillis(200);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

  private final List<? extends WorkerAgentClient> managers;
  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger failuresInARow = new AtomicInteger();

  FailoverWorkerClient(List<? extends WorkerAgentClient> managers) {
    if (managers.isEmpty()) {
      throw new IllegalArgumentException("a worker needs at least one manager");
    }
    this.managers = List.copyOf(managers);
  }

  @Override
  public Node register(RegisterNodeRequest request) {
    return call(manager -> manager.register(request));
  }

  @Override
  public void record(RecordHeartbeatRequest request) {
    call(
        manager -> {
          manager.record(request);
          return null;
        });
  }

  @Override
  public List<Task> list(ListContainersRequest request) {
    return call(manager -> manager.list(request));
  }

  @Override
  public void update(UpdateContainerStatusRequest request) {
    call(
        manager -> {
          manager.update(request);
          return null;
        });
  }

  @Override
  public void report(ReportContainerHealthRequest request) {
    call(
        manager -> {
          manager.report(request);
          return null;
        });
  }

  @Override
  public SecretReading read(Caller caller, GetSecretByNameRequest request) {
    return call(manager -> manager.read(caller, request));
  }

  @Override
  public Volume get(GetVolumeByNameRequest request) {
    return call(manager -> manager.get(request));
  }

  @Override
  public Service get(GetServiceRequest request) {
    return call(manager -> manager.get(request));
  }

  /**
   * Opens the watch on the current manager, after the pause that the failures in a row call for.
   *
   * @throws UnavailableException if interrupted during the pause (the worker is stopping)
   */
  @Override
  public ContainerWatch watch(WatchContainersRequest request, Runnable wakeUp) {
    pauseAfterFailures();
    int index = current.get();
    ContainerWatch opened = managers.get(index).watch(request, wakeUp);
    return new ContainerWatch() {
      @Override
      public Optional<TaskEvent> poll() {
        try {
          Optional<TaskEvent> event = opened.poll();
          if (event.isPresent()) {
            failuresInARow.set(0);
          }
          return event;
        } catch (UnavailableException away) {
          failed(index);
          throw away;
        } catch (DomainException cutOff) {
          failuresInARow.incrementAndGet();
          throw cutOff;
        }
      }

      @Override
      public void close() {
        opened.close();
      }
    };
  }

  /** The manager calls go to now (an index into the list given). */
  int currentManager() {
    return current.get();
  }

  private <T> T call(Function<WorkerAgentClient, T> rpc) {
    int index = current.get();
    try {
      T result = rpc.apply(managers.get(index));
      failuresInARow.set(0);
      return result;
    } catch (UnavailableException away) {
      failed(index);
      throw away;
    }
  }

  private void failed(int index) {
    failuresInARow.incrementAndGet();
    current.compareAndSet(index, (index + 1) % managers.size());
  }

  private void pauseAfterFailures() {
    int failures = failuresInARow.get();
    if (failures == 0) {
      return;
    }
    long pause = FIRST_PAUSE.toMillis() << Math.min(failures - 1, 16);
    try {
      Thread.sleep(Math.min(pause, LONGEST_PAUSE.toMillis()));
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("the worker is stopping", stopping);
    }
  }
}
