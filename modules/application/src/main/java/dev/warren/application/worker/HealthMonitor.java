package dev.warren.application.worker;

import dev.warren.domain.error.DomainException;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.policy.HealthTracking;
import dev.warren.domain.policy.HealthTracking.ProbeResult;
import dev.warren.domain.port.in.ReportContainerHealthRequest;
import dev.warren.domain.port.in.ReportContainerHealthUseCase;
import dev.warren.domain.port.out.HealthProbePort;
import dev.warren.domain.port.out.RuntimeContainer;
import dev.warren.domain.port.out.RuntimeState;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the health checks of the containers running on this node and tells the managers when a
 * container's health changes — only then, not on every probe. Each {@link #tick} starts the probes
 * that are due (at once, each on a virtual thread, so a slow probe delays no other) and folds their
 * results in with {@link HealthTracking}. A container that stops running is forgotten; if it runs
 * again (a new replica) its checks start over. Not thread-safe: the worker loop calls it.
 */
public final class HealthMonitor {
  private final HealthProbePort probes;
  private final ReportContainerHealthUseCase reports;
  private final InstantSource clock;
  private final Map<TaskId, Tracked> tracked = new HashMap<>();

  private record Tracked(
      Task task, RuntimeContainer container, HealthTracking tracking, Instant due) {}

  public HealthMonitor(
      HealthProbePort probes, ReportContainerHealthUseCase reports, InstantSource clock) {
    this.probes = probes;
    this.reports = reports;
    this.clock = clock;
  }

  /**
   * Follows the running containers of {@code assigned} that have a health check, probes those due,
   * and reports each change of health.
   *
   * @return the health changes reported by this tick
   */
  public Map<TaskId, TaskHealth> tick(List<Task> assigned, List<RuntimeContainer> containers) {
    Instant now = clock.instant();
    follow(assigned, containers);
    List<Tracked> due = tracked.values().stream().filter(t -> !now.isBefore(t.due())).toList();
    if (due.isEmpty()) {
      return Map.of();
    }
    List<Future<ProbeResult>> running = new ArrayList<>(due.size());
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Tracked item : due) {
        HealthCheck check = item.task().healthCheck().orElseThrow();
        running.add(
            threads.submit(
                () ->
                    probes.probe(
                        item.container(),
                        check.probe(),
                        Duration.ofSeconds(check.timeoutSeconds()))));
      }
    }
    Map<TaskId, TaskHealth> changes = new HashMap<>();
    Instant checkedAt = clock.instant();
    for (int i = 0; i < due.size(); i++) {
      Tracked item = due.get(i);
      ProbeResult result = resultOf(running.get(i));
      HealthTracking.Step step = item.tracking().record(result, checkedAt);
      HealthTracking next = step.next();
      tracked.put(
          item.task().id(),
          new Tracked(item.task(), item.container(), next, next.nextProbeAfter(checkedAt)));
      step.transition()
          .ifPresent(
              health -> {
                report(item.task().id(), next, result, checkedAt);
                changes.put(item.task().id(), health);
              });
    }
    return Map.copyOf(changes);
  }

  private void follow(List<Task> assigned, List<RuntimeContainer> containers) {
    Map<TaskId, RuntimeContainer> running = new HashMap<>();
    containers.stream().filter(RuntimeContainer::running).forEach(c -> running.put(c.id(), c));
    tracked.keySet().removeIf(id -> !running.containsKey(id));
    for (Task task : assigned) {
      RuntimeContainer container = running.get(task.id());
      Optional<HealthCheck> check = task.healthCheck();
      if (container == null || check.isEmpty() || tracked.containsKey(task.id())) {
        continue;
      }
      Instant startedAt = ((RuntimeState.Running) container.state()).startedAt();
      HealthTracking tracking = HealthTracking.starting(check.get(), startedAt);
      tracked.put(task.id(), new Tracked(task, container, tracking, clock.instant()));
    }
  }

  private static ProbeResult resultOf(Future<ProbeResult> future) {
    try {
      return future.get();
    } catch (java.util.concurrent.ExecutionException e) {
      return new ProbeResult(false, "the probe failed: " + e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ProbeResult(false, "interrupted");
    }
  }

  private void report(TaskId id, HealthTracking tracking, ProbeResult result, Instant at) {
    try {
      reports.report(
          new ReportContainerHealthRequest(
              id,
              tracking.health() == TaskHealth.HEALTHY,
              result.message(),
              at,
              tracking.consecutiveFailures(),
              tracking.consecutiveSuccesses()));
    } catch (DomainException e) {
      // A container deleted meanwhile, or no manager now: the next change reports again.
    }
  }
}
