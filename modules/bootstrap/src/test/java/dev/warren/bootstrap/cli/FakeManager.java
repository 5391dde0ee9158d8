package dev.warren.bootstrap.cli;

import dev.warren.bootstrap.config.ClientConfig;
import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.error.VersionConflictException;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.UpdateServiceRequest;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory manager behind the use-case interfaces, for CLI tests without a server. */
public final class FakeManager implements ManagerConnector {
  private final Map<ServiceId, Service> services = new ConcurrentHashMap<>();

  /** Nodes and containers, for the node, container and service ps commands. */
  public final FakeNodesAndContainers nodes = new FakeNodesAndContainers();

  private final InstantSource clock;
  private final List<ClientConfig> connections = new ArrayList<>();
  private int openConnections;

  public FakeManager(InstantSource clock) {
    this.clock = clock;
  }

  @Override
  public synchronized ManagerClient connect(ClientConfig config) {
    connections.add(config);
    openConnections++;
    return new ManagerClient(
        this::create,
        this::get,
        this::list,
        this::update,
        this::delete,
        () ->
            new ClusterInfo(
                "node-1",
                "127.0.0.1:8080",
                List.of(new ClusterMember("node-1", "127.0.0.1:7946", Suffrage.VOTER))),
        nodes::list,
        nodes::get,
        nodes::remove,
        nodes::list,
        nodes::get,
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

  private synchronized void disconnect() {
    openConnections--;
  }

  private synchronized Service create(CreateServiceRequest request) {
    ServiceSpec spec = request.spec();
    if (services.values().stream().anyMatch(service -> service.name().equals(spec.name()))) {
      throw new AlreadyExistsException("service already exists: " + spec.name());
    }
    Service service = Service.create(ServiceId.random(), spec, clock.instant());
    services.put(service.id(), service);
    return service;
  }

  private Service get(GetServiceRequest request) {
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

  private List<Service> list(ListServicesRequest request) {
    return services.values().stream().sorted(Comparator.comparing(Service::name)).toList();
  }

  private synchronized Service update(UpdateServiceRequest request) {
    Service current = services.get(request.id());
    if (current == null) {
      throw new NotFoundException("service not found: " + request.id());
    }
    if (request.expectedVersion().isPresent()
        && request.expectedVersion().get() != current.version().value()) {
      throw new VersionConflictException("service " + current.name() + " changed meanwhile");
    }
    ServiceSpec spec = current.spec();
    spec = request.replicas().map(spec::withReplicas).orElse(spec);
    spec = request.image().map(spec::withImage).orElse(spec);
    spec = request.env().map(spec::withEnv).orElse(spec);
    Service updated = current.update(spec, clock.instant());
    services.put(updated.id(), updated);
    return updated;
  }

  private synchronized void delete(DeleteServiceRequest request) {
    if (services.remove(request.id()) == null) {
      throw new NotFoundException("service not found: " + request.id());
    }
  }
}
