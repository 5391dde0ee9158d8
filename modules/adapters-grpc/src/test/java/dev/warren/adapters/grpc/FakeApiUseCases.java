package dev.warren.adapters.grpc;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.cluster.ClusterInfo;
import dev.warren.domain.model.cluster.ClusterMember;
import dev.warren.domain.model.cluster.Suffrage;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.ClusterUseCases;
import dev.warren.domain.port.in.CreateServiceRequest;
import dev.warren.domain.port.in.CreateServiceUseCase;
import dev.warren.domain.port.in.DeleteServiceRequest;
import dev.warren.domain.port.in.DeleteServiceUseCase;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.IngressUseCases;
import dev.warren.domain.port.in.ListServicesRequest;
import dev.warren.domain.port.in.ListServicesUseCase;
import dev.warren.domain.port.in.SecretUseCases;
import dev.warren.domain.port.in.ServiceRef;
import dev.warren.domain.port.in.ServiceUseCases;
import dev.warren.domain.port.in.TlsCertificateUseCases;
import dev.warren.domain.port.in.UpdateServiceRequest;
import dev.warren.domain.port.in.UpdateServiceUseCase;
import dev.warren.domain.port.in.VolumeUseCases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The six API use cases over a map, with the rules the real handlers have that the adapter must
 * translate (unique names, not found, version checks). Records the requests it receives.
 */
final class FakeApiUseCases
    implements CreateServiceUseCase,
        GetServiceUseCase,
        ListServicesUseCase,
        UpdateServiceUseCase,
        DeleteServiceUseCase,
        GetClusterInfoUseCase {
  static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456789Z");
  static final ClusterInfo CLUSTER =
      new ClusterInfo(
          "manager-1",
          "10.1.0.1:8080",
          List.of(
              new ClusterMember("manager-1", "10.1.0.1:7946", Suffrage.VOTER),
              new ClusterMember("manager-2", "10.1.0.2:7946", Suffrage.NONVOTER)));

  private final Map<ServiceId, Service> services = new ConcurrentHashMap<>();
  final List<Object> requests = new CopyOnWriteArrayList<>();

  /** The secret, volume and rollout use cases the server also needs. */
  final FakeResourceUseCases resources = new FakeResourceUseCases();

  final FakeEventStreams events = new FakeEventStreams();

  final FakeIngressUseCases ingress = new FakeIngressUseCases();
  final FakeNodeContainerUseCases nodeContainers = new FakeNodeContainerUseCases();
  final FakeCertificateUseCase certificates = new FakeCertificateUseCase();
  final FakeJoinClusterUseCase joins = new FakeJoinClusterUseCase();
  final FakeClusterKeys clusterKeys = new FakeClusterKeys();
  final FakeLogUseCases logs = new FakeLogUseCases();
  final FakeRolloutUseCases rollouts = new FakeRolloutUseCases();

  private volatile Supplier<RuntimeException> failure;

  WarrenApi api() {
    return api((caller, operation, subject) -> {});
  }

  /** Every RPC group over these fakes, with {@code authorizer} deciding who may call what. */
  WarrenApi api(AuthorizeCallUseCase authorizer) {
    return new WarrenApi(
        Set.of(
            RpcGroup.services(
                new ServiceUseCases(this, this, this, this, this, resources, resources)),
            RpcGroup.containers(nodeContainers.containerUseCases()),
            RpcGroup.nodes(nodeContainers.nodeUseCases()),
            RpcGroup.secrets(new SecretUseCases(resources, resources, resources, resources)),
            RpcGroup.volumes(new VolumeUseCases(resources, resources, resources, resources)),
            RpcGroup.ingresses(new IngressUseCases(ingress, ingress, ingress, ingress, ingress)),
            RpcGroup.certificates(new TlsCertificateUseCases(ingress, ingress, ingress, ingress)),
            RpcGroup.cluster(
                new ClusterUseCases(
                    this,
                    ingress,
                    joins,
                    certificates,
                    target -> {
                      throw new dev.warren.domain.error.UnavailableException(
                          "no backups in this fake");
                    })),
            RpcGroup.events(events)),
        logs,
        logs,
        clusterKeys,
        rollouts.useCases(),
        authorizer);
  }

  /** How many requests every fake together has received: a refused call adds none. */
  int requestsReceived() {
    return requests.size()
        + resources.requests.size()
        + events.requests.size()
        + ingress.requests.size()
        + nodeContainers.requests.size()
        + certificates.requests.size()
        + joins.requests.size()
        + logs.requests.size()
        + rollouts.requests.size();
  }

  /** Every following call throws what {@code next} supplies. */
  void failWith(Supplier<RuntimeException> next) {
    failure = next;
  }

  Service put(ServiceSpec spec) {
    var service = Service.create(ServiceId.random(), spec, NOW);
    services.put(service.id(), service);
    return service;
  }

  @Override
  public Service create(CreateServiceRequest request) {
    record(request);
    if (services.values().stream().anyMatch(s -> s.name().equals(request.spec().name()))) {
      throw new AlreadyExistsException("service already exists: " + request.spec().name());
    }
    return put(request.spec());
  }

  @Override
  public Service get(GetServiceRequest request) {
    record(request);
    return find(request.service());
  }

  @Override
  public List<Service> list(ListServicesRequest request) {
    record(request);
    var all = new ArrayList<>(services.values());
    all.sort(Comparator.comparing(Service::name));
    return all;
  }

  @Override
  public Service update(UpdateServiceRequest request) {
    record(request);
    Service current = find(new ServiceRef.ById(request.id()));
    current.requireVersion(request.expectedVersion());
    ServiceSpec spec = request.appliedTo(current.spec());
    Service updated = current.update(spec, NOW.plusSeconds(60));
    services.put(updated.id(), updated);
    return updated;
  }

  @Override
  public void delete(DeleteServiceRequest request) {
    record(request);
    if (services.remove(request.id()) == null) {
      throw new NotFoundException("service not found: " + request.id());
    }
  }

  @Override
  public ClusterInfo get() {
    record("GetClusterInfo");
    return CLUSTER;
  }

  private Service find(ServiceRef ref) {
    return switch (ref) {
      case ServiceRef.ById byId -> {
        Service service = services.get(byId.id());
        if (service == null) {
          throw new NotFoundException("service not found: " + byId.id());
        }
        yield service;
      }
      case ServiceRef.ByName byName ->
          services.values().stream()
              .filter(s -> s.name().equals(byName.name()))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("service not found: " + byName.name()));
    };
  }

  private void record(Object request) {
    requests.add(request);
    Supplier<RuntimeException> next = failure;
    if (next != null) {
      throw next.get();
    }
  }
}
