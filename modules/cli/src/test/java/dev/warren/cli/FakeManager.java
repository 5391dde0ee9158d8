package dev.warren.cli;

import dev.warren.cli.config.ClientConfig;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.ClusterClient;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.EventStream;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.domain.port.in.GenerateJoinTokenResult;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.ServiceClient;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.StreamEventsRequest;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An in-memory manager behind the use-case interfaces, for CLI tests without a server. */
public final class FakeManager implements ManagerConnector, ServiceClient {
  private final Map<ServiceId, Service> services = new ConcurrentHashMap<>();

  /** The containers' logs, for container logs. */
  public final FakeLogs logs = new FakeLogs();

  /** The services' rollouts, for update --detach=false, rollback and inspect. */
  public final FakeRollouts rolloutProgress = new FakeRollouts();

  /** Nodes and containers, for the node, container and service ps commands. */
  public final FakeNodesAndContainers nodes = new FakeNodesAndContainers();

  private final InstantSource clock;
  private final List<ClientConfig> connections = new ArrayList<>();
  private final List<Object> rollouts = new ArrayList<>();

  /** The secrets and volumes this manager holds. */
  public final FakeSecretsAndVolumes resources;

  private int openConnections;
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final List<StreamEventsRequest> streamRequests = new CopyOnWriteArrayList<>();
  private final Queue<Integer> streamDrops = new ConcurrentLinkedQueue<>();
  private final FakeIngressManager ingresses;

  public FakeManager(InstantSource clock) {
    this.clock = clock;
    this.resources = new FakeSecretsAndVolumes(clock);
    this.ingresses = new FakeIngressManager(clock);
  }

  /** The ingress, certificate and join token side. */
  public FakeIngressManager ingresses() {
    return ingresses;
  }

  @Override
  public synchronized ManagerClient connect(ClientConfig config) {
    connections.add(config);
    openConnections++;
    return new ManagerClient(
        this,
        nodes,
        nodes,
        resources,
        resources,
        ingresses,
        ingresses,
        new ClusterClient() {
          @Override
          public ClusterInfo get() {
            return new ClusterInfo(
                "node-1",
                "127.0.0.1:8080",
                List.of(new ClusterMember("node-1", "127.0.0.1:7946", Suffrage.VOTER)));
          }

          @Override
          public GenerateJoinTokenResult generate(GenerateJoinTokenRequest request) {
            return ingresses.generate(request);
          }

          @Override
          public dev.warren.domain.port.in.ClusterBackupHeader backup(java.io.OutputStream target) {
            throw new dev.warren.domain.error.UnavailableException("no backups in this fake");
          }
        },
        this::openStream,
        logs,
        rolloutProgress,
        this::disconnect);
  }

  public synchronized List<ClientConfig> connections() {
    return List.copyOf(connections);
  }

  public synchronized int openConnections() {
    return openConnections;
  }

  public Service byName(String name) {
    return services.values().stream()
        .filter(service -> service.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** The UpdateServiceImage and RollbackService requests received, in order. */
  public synchronized List<Object> rollouts() {
    return List.copyOf(rollouts);
  }

  @Override
  public synchronized void updateImage(UpdateServiceImageRequest request) {
    rollouts.add(request);
    Service current = existing(request.id());
    Service updated = current.update(current.spec().withImage(request.image()), clock.instant());
    services.put(updated.id(), updated);
  }

  @Override
  public synchronized void rollback(RollbackServiceRequest request) {
    rollouts.add(request);
    Service current = existing(request.id());
    Service rolledBack = current.rolledBack(clock.instant());
    services.put(rolledBack.id(), rolledBack);
  }

  /** Events the streams replay: those after a request's resume point that pass its filter. */
  public void addEvents(Event... added) {
    events.addAll(List.of(added));
  }

  /**
   * The next streams opened are lost (UNAVAILABLE) after delivering these many events each; streams
   * opened after those never fail.
   */
  public void loseStreamsAfter(int... delivered) {
    for (int count : delivered) {
      streamDrops.add(count);
    }
  }

  public List<StreamEventsRequest> streamRequests() {
    return List.copyOf(streamRequests);
  }

  private EventStream openStream(StreamEventsRequest request) {
    streamRequests.add(request);
    long after = request.afterId().orElse(Long.MAX_VALUE);
    List<Event> replay =
        events.stream()
            .filter(event -> event.id() > after && request.filter().matches(event.type()))
            .toList();
    return new ScriptedStream(replay.iterator(), Optional.ofNullable(streamDrops.poll()));
  }

  /** Delivers its events, then is lost or waits for more that never come. */
  private static final class ScriptedStream implements EventStream {
    private final Iterator<Event> events;
    private final Optional<Integer> lostAfter;
    private final CountDownLatch closed = new CountDownLatch(1);
    private int delivered;

    ScriptedStream(Iterator<Event> events, Optional<Integer> lostAfter) {
      this.events = events;
      this.lostAfter = lostAfter;
    }

    @Override
    public Optional<Event> next(Duration wait) {
      if (closed.getCount() == 0) {
        return Optional.empty();
      }
      if (lostAfter.isPresent() && delivered >= lostAfter.get()) {
        throw new UnavailableException("cannot reach a manager at fake — connection lost");
      }
      if (events.hasNext()) {
        delivered++;
        return Optional.of(events.next());
      }
      try {
        closed.await(wait.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return Optional.empty();
    }

    @Override
    public void onAvailable(Runnable signal) {}

    @Override
    public void close() {
      closed.countDown();
    }
  }

  private synchronized void disconnect() {
    openConnections--;
  }

  @Override
  public synchronized Service create(CreateServiceRequest request) {
    ServiceSpec spec = request.spec();
    if (services.values().stream().anyMatch(service -> service.name().equals(spec.name()))) {
      throw new AlreadyExistsException("service already exists: " + spec.name());
    }
    Service service = Service.create(ServiceId.random(), spec, clock.instant());
    services.put(service.id(), service);
    return service;
  }

  @Override
  public Service get(GetServiceRequest request) {
    return switch (request.service()) {
      case ServiceRef.ById byId -> {
        Service found = services.get(byId.id());
        if (found == null) {
          throw new NotFoundException("service not found: " + byId.id());
        }
        yield found;
      }
      case ServiceRef.ByName byName ->
          services.values().stream()
              .filter(service -> service.name().equals(byName.name()))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("service not found: " + byName.name()));
    };
  }

  @Override
  public List<Service> list(ListServicesRequest request) {
    return services.values().stream().sorted(Comparator.comparing(Service::name)).toList();
  }

  @Override
  public synchronized Service update(UpdateServiceRequest request) {
    Service current = existing(request.id());
    current.requireVersion(request.expectedVersion());
    Service updated = current.update(request.appliedTo(current.spec()), clock.instant());
    services.put(updated.id(), updated);
    return updated;
  }

  @Override
  public synchronized void delete(DeleteServiceRequest request) {
    if (services.remove(request.id()) == null) {
      throw new NotFoundException("service not found: " + request.id());
    }
  }

  private Service existing(ServiceId id) {
    Service found = services.get(id);
    if (found == null) {
      throw new NotFoundException("service not found: " + id);
    }
    return found;
  }
}
