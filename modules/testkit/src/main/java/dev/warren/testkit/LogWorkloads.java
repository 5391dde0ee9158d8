package dev.warren.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Changes to propose in replicated-log tests, and views of the state they leave. */
public final class LogWorkloads {
  /** When the sample services were created. */
  public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private static final long TIMEOUT_SECONDS = 10;

  private LogWorkloads() {}

  /** Creating a new service called {@code name} (with a new random id). */
  public static StateChange serviceCreated(String name) {
    return new ServiceChange.ServiceCreated(
        Service.create(ServiceId.random(), ServiceSpec.of(name, "nginx:1", 1), NOW));
  }

  /**
   * Proposes, and awaits, {@code services} creates named {@code prefix-0...}, a duplicate create
   * that must be rejected, an update and a delete, so that a replay meets every kind of outcome.
   *
   * @return the indexes of the accepted changes, in order
   */
  public static List<Long> proposeMixed(ReplicatedLogPort log, String prefix, int services)
      throws Exception {
    List<Long> acknowledged = new ArrayList<>();
    List<Service> created = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      Service service =
          Service.create(ServiceId.random(), ServiceSpec.of(prefix + "-" + i, "nginx:1", 1), NOW);
      acknowledged.add(await(log, new ServiceChange.ServiceCreated(service)));
      created.add(service);
    }
    var duplicate = log.propose(serviceCreated(prefix + "-0"));
    assertThatThrownBy(() -> duplicate.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(AlreadyExistsException.class);
    Service updated =
        created.get(1).update(ServiceSpec.of(prefix + "-1", "nginx:2", 3), NOW.plusSeconds(1));
    acknowledged.add(await(log, new ServiceChange.ServiceUpdated(updated)));
    acknowledged.add(await(log, new ServiceChange.ServiceDeleted(created.get(2).id())));
    return acknowledged;
  }

  /**
   * Proposes {@code perThread} service creates from each of {@code threads} threads at once, and
   * returns once all are proposed (not yet committed).
   */
  public static List<CompletableFuture<Long>> proposeConcurrently(
      ReplicatedLogPort log, int threads, int perThread) {
    List<CompletableFuture<Long>> proposals = Collections.synchronizedList(new ArrayList<>());
    try (var pool = Executors.newFixedThreadPool(threads)) {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.submit(
            () -> {
              for (int i = 0; i < perThread; i++) {
                proposals.add(log.propose(serviceCreated("s-" + thread + "-" + i)));
              }
            });
      }
    }
    return List.copyOf(proposals);
  }

  /** The names of the services in {@code state}, sorted. */
  public static List<String> serviceNames(ClusterStatePort state) {
    return state.read(reader -> reader.list(EntityKind.SERVICE)).stream()
        .map(Service::name)
        .sorted()
        .toList();
  }

  /** Every entity in {@code state}, by kind name, for comparing two states. */
  public static Map<String, List<?>> everyEntity(ClusterStatePort state) {
    return state.read(
        reader -> {
          Map<String, List<?>> all = new LinkedHashMap<>();
          for (EntityKind<?> kind : EntityKind.all()) {
            all.put(kind.name(), reader.list(kind));
          }
          return all;
        });
  }

  private static long await(ReplicatedLogPort log, StateChange change) throws Exception {
    return log.propose(change).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
