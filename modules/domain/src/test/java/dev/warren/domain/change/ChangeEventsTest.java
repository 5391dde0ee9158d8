package dev.warren.domain.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.domain.change.ClusterChange.ClusterInitialized;
import dev.warren.domain.change.NodeChange.NodeRegistered;
import dev.warren.domain.change.SecretChange.SecretCreated;
import dev.warren.domain.change.SecretChange.SecretDeleted;
import dev.warren.domain.change.ServiceChange.ServiceCreated;
import dev.warren.domain.change.ServiceChange.ServiceDeleted;
import dev.warren.domain.change.ServiceChange.ServiceRolloutStarted;
import dev.warren.domain.change.ServiceChange.ServiceUpdated;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeEventsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-01T10:05:00Z");

  private final MapState state = new MapState();

  private static Service web() {
    return Service.create(ServiceId.of("svc-1"), ServiceSpec.of("web", "nginx:1.27", 3), T0);
  }

  private static Node node() {
    return new Node(
        NodeId.of("node-1"),
        NodeRole.HYBRID,
        "127.0.0.1:7946",
        "",
        new NodeResources(2, 1L << 30, 1L << 30),
        NodeStatus.READY,
        T1,
        T0,
        Map.of(),
        Version.initial());
  }

  @Test
  void typesAreTheNounDotTheAction() {
    assertThat(ChangeEvents.typeOf(ServiceCreated.class)).isEqualTo("service.created");
    assertThat(ChangeEvents.typeOf(ServiceUpdated.class)).isEqualTo("service.updated");
    assertThat(ChangeEvents.typeOf(ServiceDeleted.class)).isEqualTo("service.deleted");
    assertThat(ChangeEvents.typeOf(NodeRegistered.class)).isEqualTo("node.registered");
    assertThat(ChangeEvents.typeOf(ClusterInitialized.class)).isEqualTo("cluster.initialized");
  }

  @ParameterizedTest(name = "{0}.{1} -> {2}")
  @CsvSource({
    "SecretChange, SecretCreated, secret.created",
    "JoinTokenChange, JoinTokenGenerated, join-token.generated",
    "ServiceChange, ServiceImageUpdated, service.image-updated",
    "CertificateChange, CertificateCreated, certificate.created",
    "NodeChange, HeartbeatReceived, node.heartbeat-received",
    "IngressChange, TLSCertificateRenewed, ingress.tls-certificate-renewed"
  })
  void aNewChangeIsOfferedATypeInTheStyleOfTheOthers(
      String family, String change, String expectedType) {
    assertThat(ChangeEvents.suggestedTypeOf(family, change)).isEqualTo(expectedType);
  }

  @Test
  void aPluralFamilyWordIsStillTheFamily() {
    assertThat(ChangeEvents.suggestedTypeOf("TaskChange", "TasksAssigned"))
        .as("tasks are containers to users; a plural family word is still the family")
        .isEqualTo("container.assigned");
  }

  @Test
  void everyChangeHasAnExplicitTypeOfItsOwn() {
    List<Class<? extends StateChange>> changes = leafVariants(StateChange.class);
    List<String> types = changes.stream().map(ChangeEvents::typeOf).toList();

    assertThat(types).doesNotHaveDuplicates();
    assertThat(ChangeEvents.knownTypes()).containsExactlyInAnyOrderElementsOf(types);
    assertThat(types).allMatch(type -> type.matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*"));
  }

  @SuppressWarnings("unchecked")
  private static List<Class<? extends StateChange>> leafVariants(Class<?> family) {
    var leaves = new java.util.ArrayList<Class<? extends StateChange>>();
    for (Class<?> permitted : family.getPermittedSubclasses()) {
      if (permitted.isSealed()) {
        leaves.addAll(leafVariants(permitted));
      } else {
        leaves.add((Class<? extends StateChange>) permitted);
      }
    }
    return leaves;
  }

  @Test
  void knownTypesCoverEveryChangeVariant() {
    assertThat(ChangeEvents.knownTypes())
        .contains(
            "cluster.initialized",
            "node.registered",
            "service.created",
            "service.updated",
            "service.deleted");
  }

  @Test
  void aFilterEntryThatMatchesNoKnownTypeIsReported() {
    assertThat(ChangeEvents.unknownEntry(EventFilter.of("service", "node.registered"))).isEmpty();
    assertThat(ChangeEvents.unknownEntry(EventFilter.of("service", "servce"))).contains("servce");
  }

  @Test
  void aCreatedServiceIsNamedWithItsIdsInMetadataAndItsCreationTime() {
    Event event = ChangeEvents.describe(7, new ServiceCreated(web()), state);

    assertThat(event)
        .isEqualTo(
            new Event(
                7,
                "service.created",
                T0,
                "service web created",
                Map.of("service_id", "svc-1", "service_name", "web")));
  }

  @Test
  void anUpdateCarriesItsUpdateTime() {
    Service updated = web().update(web().spec().withReplicas(5), T1);

    Event event = ChangeEvents.describe(8, new ServiceUpdated(updated), state);

    assertThat(event.type()).isEqualTo("service.updated");
    assertThat(event.timestamp()).isEqualTo(T1);
    assertThat(event.message()).isEqualTo("service web updated");
  }

  @Test
  void aDeletionByIdLooksTheNameUpInTheStateBeforeIt() {
    state.put(EntityKind.SERVICE, web());

    Event event = ChangeEvents.describe(9, new ServiceDeleted(ServiceId.of("svc-1")), state);

    assertThat(event.message()).isEqualTo("service web deleted");
    assertThat(event.metadata())
        .containsExactlyInAnyOrderEntriesOf(Map.of("service_id", "svc-1", "service_name", "web"));
  }

  @Test
  void aChangeWithoutATimeTakesThePreviousEventsSoEveryReplicaAgrees() {
    state.put(
        EntityKind.EVENT, new Event(4, "service.created", T1, "service web created", Map.of()));

    Event event = ChangeEvents.describe(9, new ServiceDeleted(ServiceId.of("svc-1")), state);

    assertThat(event.timestamp()).isEqualTo(T1);
    assertThat(event.message()).isEqualTo("service svc-1 deleted");
    assertThat(event.metadata()).containsExactlyEntriesOf(Map.of("service_id", "svc-1"));
  }

  @Test
  void theFirstEventWithoutATimeIsAtTheEpoch() {
    Event event = ChangeEvents.describe(1, new ServiceDeleted(ServiceId.of("svc-1")), state);

    assertThat(event.timestamp()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void nodesAndTheClusterAreNamedByTheirIds() {
    Event registered = ChangeEvents.describe(3, new NodeRegistered(node()), state);
    Event initialized =
        ChangeEvents.describe(
            1, new ClusterInitialized(new Cluster(ClusterId.of("c-42"), "sha256:ab", T0)), state);

    assertThat(registered.message()).isEqualTo("node node-1 registered");
    assertThat(registered.metadata()).containsExactlyEntriesOf(Map.of("node_id", "node-1"));
    assertThat(registered.timestamp()).as("the last heartbeat beats creation").isEqualTo(T1);
    assertThat(initialized.type()).isEqualTo("cluster.initialized");
    assertThat(initialized.message()).isEqualTo("cluster c-42 initialized");
    assertThat(initialized.metadata()).containsExactlyEntriesOf(Map.of("cluster_id", "c-42"));
  }

  @Test
  void nothingButIdsAndNamesReachesAnEvent() {
    ServiceSpec spec =
        ServiceSpec.of("web", "registry.example/secret-image:1", 3)
            .withEnv(Map.of("DB_PASSWORD", "hunter2"));
    Service service = Service.create(ServiceId.of("svc-1"), spec, T0);

    Event event = ChangeEvents.describe(2, new ServiceCreated(service), state);

    String everything = event.message() + event.metadata();
    assertThat(everything).doesNotContain("hunter2", "DB_PASSWORD", "secret-image");
  }

  @Test
  void aSecretEventNamesTheSecretAndNeverCarriesItsSealedData() {
    var secret =
        new Secret(
            SecretId.of("sec-1"),
            "db-password",
            T0,
            new SealedData("key-7", Bytes.of("ciphertext".getBytes(StandardCharsets.UTF_8))));

    Event created = ChangeEvents.describe(5, new SecretCreated(secret), state);
    state.put(EntityKind.SECRET, secret);
    Event deleted = ChangeEvents.describe(6, new SecretDeleted(SecretId.of("sec-1")), state);

    assertThat(created)
        .isEqualTo(
            new Event(
                5,
                "secret.created",
                T0,
                "secret db-password created",
                Map.of("secret_id", "sec-1", "secret_name", "db-password")));
    assertThat(deleted.message()).isEqualTo("secret db-password deleted");
    assertThat(created.toString()).doesNotContain("key-7", "ciphertext");
  }

  @Test
  void aRolloutIsAboutItsServiceNotTheRolloutRecord() {
    Service current = web();
    Service target = current.update(current.spec().withImage("nginx:1.28"), T1);
    Rollout rollout =
        Rollout.pending(
            current, target, RolloutKind.UPDATE, DeployStrategy.ROLLING, UpdateConfig.DEFAULT, T1);

    Event event = ChangeEvents.describe(11, new ServiceRolloutStarted(target, rollout), state);

    assertThat(event.type()).isEqualTo("service.rollout-started");
    assertThat(event.message()).isEqualTo("service web rollout started");
    assertThat(event.metadata())
        .containsExactlyInAnyOrderEntriesOf(Map.of("service_id", "svc-1", "service_name", "web"));
    assertThat(event.timestamp()).isEqualTo(T1);
    assertThat(event.toString()).as("images are not names").doesNotContain("nginx");
  }

  /** A map-backed state with the reads {@link ChangeEvents} uses. */
  private static final class MapState implements StateReader {
    private final Map<EntityKind<?>, TreeMap<String, Object>> entities = new java.util.HashMap<>();

    <E> void put(EntityKind<E> kind, E entity) {
      entities.computeIfAbsent(kind, k -> new TreeMap<>()).put(kind.idOf(entity), entity);
    }

    @Override
    public <E> Optional<E> get(EntityKind<E> kind, String id) {
      return Optional.ofNullable(entities.getOrDefault(kind, new TreeMap<>()).get(id))
          .map(kind.type()::cast);
    }

    @Override
    public <E> Optional<E> findByName(EntityKind<E> kind, String name) {
      return list(kind).stream().filter(e -> kind.nameOf(e).orElseThrow().equals(name)).findFirst();
    }

    @Override
    public <E> List<E> list(EntityKind<E> kind) {
      return entities.getOrDefault(kind, new TreeMap<>()).values().stream()
          .map(kind.type()::cast)
          .toList();
    }

    @Override
    public long count(EntityKind<?> kind) {
      return entities.getOrDefault(kind, new TreeMap<>()).size();
    }

    @Override
    public long lastAppliedIndex() {
      return 0;
    }
  }
}
