package dev.warren.codec;

import dev.warren.domain.change.CertificateChange;
import dev.warren.domain.change.ClusterChange;
import dev.warren.domain.change.IdentityChange;
import dev.warren.domain.change.IngressChange;
import dev.warren.domain.change.JoinTokenChange;
import dev.warren.domain.change.LeaderDecision;
import dev.warren.domain.change.NodeChange;
import dev.warren.domain.change.SecretChange;
import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.change.StateChange;
import dev.warren.domain.change.TaskChange;
import dev.warren.domain.change.VolumeChange;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.cluster.JoinTokenId;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.model.security.RevokedJoinToken;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.PendingReason;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskAssignment;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.out.EntityKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Domain values with every field set to something other than its default. */
final class RichSamples {

  /** The records of a sealed hierarchy, through its nested sealed families. */
  static List<Class<?>> leafVariants(Class<?> family) {
    var leaves = new ArrayList<Class<?>>();
    for (Class<?> permitted : family.getPermittedSubclasses()) {
      if (permitted.isSealed()) {
        leaves.addAll(leafVariants(permitted));
      } else {
        leaves.add(permitted);
      }
    }
    return leaves;
  }

  static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.123456789Z");
  static final Instant UPDATED = Instant.parse("2026-02-03T04:05:06.000000001Z");

  private RichSamples() {}

  static HealthProbe.Http httpProbe() {
    return new HealthProbe.Http(
        "/healthz",
        8443,
        "https",
        List.of(
            new HealthProbe.Header("Host", "web.internal"), new HealthProbe.Header("X-Empty", "")),
        200,
        299);
  }

  static List<HealthProbe> everyProbe() {
    return List.of(
        httpProbe(),
        new HealthProbe.Tcp(5432),
        new HealthProbe.Exec(List.of("/bin/check", "--deep", "héllo ✓")));
  }

  static ServiceSpec spec(String name, HealthProbe probe) {
    return new ServiceSpec(
        name,
        "registry.example.com/web:1.2.3",
        3,
        ServiceMode.GLOBAL,
        DeployStrategy.CANARY,
        new UpdateConfig(
            2, 10, FailureAction.ROLLBACK, 1, 1, 30, 25, List.of(10, 50, 100), 60, 120, true, 20),
        Optional.of(new HealthCheck(probe, 15, 5, 4, 30)),
        new RestartPolicy(RestartCondition.ON_FAILURE, 7, 3),
        new Resources(2048, 512L * 1024 * 1024, 256L * 1024 * 1024),
        List.of("frontend", "backend"),
        List.of(
            new VolumeMount("data", "/var/lib/data", true),
            new VolumeMount("logs", "/logs", false)),
        Map.of("B_KEY", "2", "A_KEY", "1", "EMPTY", ""),
        List.of("serve", "--port", "8080"),
        List.of(
            new PortMapping("http", 8080, 80, Protocol.TCP, PublishMode.INGRESS),
            new PortMapping("dns", 53, 0, Protocol.UDP, PublishMode.HOST)),
        45);
  }

  static Service service() {
    return new Service(
        ServiceId.of("svc-1"),
        spec("web", httpProbe()),
        Optional.of(ServiceSpec.of("web", "registry.example.com/web:1.2.2", 2)),
        new Version(4),
        CREATED,
        UPDATED);
  }

  static Service freshService() {
    return Service.create(ServiceId.of("svc-2"), ServiceSpec.of("api", "api:latest", 0), CREATED);
  }

  static Node node() {
    return new Node(
        NodeId.of("node-1"),
        NodeRole.HYBRID,
        "10.0.0.5:7946",
        "10.10.0.5",
        new NodeResources(8, 16L * 1024 * 1024 * 1024, 512L * 1024 * 1024 * 1024),
        NodeStatus.DRAINING,
        UPDATED,
        CREATED,
        Map.of("zone", "eu-1", "disk", "ssd"),
        new Version(12));
  }

  static Task task() {
    return new Task(
        TaskId.of("task-1"),
        ServiceId.of("svc-1"),
        "web",
        2,
        Optional.of(NodeId.of("node-1")),
        "registry.example.com/web:1.2.3",
        List.of("serve"),
        Map.of("A_KEY", "1"),
        new Resources(1024, 0, 0),
        List.of(new VolumeMount("data", "/data", false)),
        Optional.of(new HealthCheck(new HealthProbe.Tcp(8080), 30, 10, 3, 0)),
        new RestartPolicy(RestartCondition.NONE, 0, 0),
        List.of("db-password", "api-key"),
        12,
        DesiredState.SHUTDOWN,
        TaskState.RUNNING,
        "c0ffee",
        "exit status 137",
        new Version(5),
        CREATED,
        UPDATED,
        TaskHealth.UNHEALTHY,
        Version.initial());
  }

  static Task pendingTask() {
    return new Task(
        TaskId.of("task-2"),
        ServiceId.of("svc-1"),
        "web",
        0,
        Optional.empty(),
        "web:1",
        List.of(),
        Map.of(),
        Resources.UNLIMITED,
        List.of(),
        Optional.empty(),
        RestartPolicy.DEFAULT,
        List.of(),
        0,
        DesiredState.RUNNING,
        TaskState.PENDING,
        "",
        "",
        Version.initial(),
        Instant.EPOCH,
        Instant.EPOCH,
        TaskHealth.UNKNOWN,
        new Version(3));
  }

  static Secret secret() {
    return new Secret(
        SecretId.of("sec-1"),
        "db-password",
        CREATED,
        new SealedData("key-2", Bytes.of(new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0x80})));
  }

  static Volume volume() {
    return new Volume(
        VolumeId.of("vol-1"),
        "data",
        Volume.LOCAL_DRIVER,
        Map.of("size", "10G", "type", "ext4"),
        Map.of("team", "storage"),
        CREATED,
        Optional.of(NodeId.of("node-1")),
        "/var/lib/warren/volumes/data");
  }

  static Ingress ingress() {
    return new Ingress(
        IngressId.of("ing-1"),
        "public",
        List.of(
            new IngressRule(
                "www.example.com",
                List.of(
                    new IngressPath("/", PathType.PREFIX, new IngressBackend("web", 8080)),
                    new IngressPath("/api", PathType.EXACT, new IngressBackend("api", 9090)))),
            new IngressRule("", List.of())),
        Optional.of(
            new IngressTls(true, "www-cert", List.of("www.example.com"), true, "ops@example.com")),
        Map.of("tier", "edge"),
        CREATED,
        UPDATED);
  }

  static TlsCertificate certificate() {
    return new TlsCertificate(
        CertificateId.of("cert-1"),
        "www-cert",
        List.of("www.example.com", "example.com"),
        Bytes.of(
            "-----BEGIN CERTIFICATE-----\nMIIB\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new SealedData("key-1", Bytes.of(new byte[] {9, 8, 7})),
        "Let's Encrypt",
        CREATED,
        UPDATED.plusSeconds(90L * 24 * 3600),
        true,
        Map.of("owner", "web"),
        CREATED,
        UPDATED);
  }

  static JoinToken joinToken() {
    return new JoinToken(JoinTokenId.of("tok-1"), Role.MANAGER, "sha256:abcdef", CREATED, UPDATED);
  }

  /** A rollout of {@link #service()} at its version, with a config other than the spec's. */
  static Rollout rollout() {
    return new Rollout(
        ServiceId.of("svc-1"),
        new Version(4),
        new Version(3),
        RolloutKind.ROLLBACK,
        DeployStrategy.BLUE_GREEN,
        new UpdateConfig(
            3, 7, FailureAction.CONTINUE, 2, 1, 15, 25, List.of(5, 25, 100), 60, 120, true, 10),
        "registry.example.com/web:1.2.3",
        "registry.example.com/web:1.2.2",
        RolloutState.ROLLING_BACK,
        1,
        3,
        "2 of 3 updated replicas failed: exit status 1",
        CREATED,
        UPDATED);
  }

  static Cluster cluster() {
    return new Cluster(ClusterId.of("cluster-1"), "sha256:0123456789abcdef", CREATED);
  }

  /** A sample of every kind the store holds, keyed by the kind. */
  static Map<EntityKind<?>, List<Object>> entitiesByKind() {
    return Map.ofEntries(
        Map.entry(EntityKind.CLUSTER, List.of(cluster())),
        Map.entry(EntityKind.NODE, List.of(node())),
        Map.entry(EntityKind.SERVICE, List.of(service(), freshService())),
        Map.entry(EntityKind.TASK, List.of(task(), pendingTask())),
        Map.entry(EntityKind.SECRET, List.of(secret())),
        Map.entry(EntityKind.VOLUME, List.of(volume())),
        Map.entry(EntityKind.INGRESS, List.of(ingress())),
        Map.entry(EntityKind.CERTIFICATE, List.of(certificate())),
        Map.entry(EntityKind.JOIN_TOKEN, List.of(joinToken())),
        Map.entry(EntityKind.ROLLOUT, List.of(rollout())),
        Map.entry(EntityKind.EVENT, List.of(event())),
        Map.entry(
            EntityKind.REVOKED_JOIN_TOKEN, List.of(new RevokedJoinToken(joinToken(), UPDATED))));
  }

  static Event event() {
    return new Event(
        42,
        "service.image-updated",
        UPDATED,
        "service web image updated",
        Map.of("service_id", "svc-1", "service_name", "web"));
  }

  static List<StateChange> everyChange() {
    return List.of(
        new ClusterChange.ClusterInitialized(cluster()),
        new NodeChange.NodeRegistered(node()),
        new ServiceChange.ServiceCreated(service()),
        new ServiceChange.ServiceCreated(freshService()),
        new ServiceChange.ServiceUpdated(service()),
        new ServiceChange.ServiceDeleted(ServiceId.of("svc-1")),
        new ServiceChange.ServiceRolloutStarted(service(), rollout()),
        new ServiceChange.ServiceRolledBack(service(), rollout()),
        new ServiceChange.RolloutProgressed(rollout()),
        new SecretChange.SecretCreated(secret()),
        new SecretChange.SecretDeleted(SecretId.of("sec-1")),
        new VolumeChange.VolumeCreated(volume()),
        new VolumeChange.VolumeDeleted(VolumeId.of("vol-1")),
        new IngressChange.IngressCreated(ingress()),
        new IngressChange.IngressUpdated(ingress()),
        new IngressChange.IngressDeleted(IngressId.of("ing-1")),
        new CertificateChange.CertificateCreated(certificate()),
        new CertificateChange.CertificateDeleted(CertificateId.of("cert-1")),
        new JoinTokenChange.JoinTokenIssued(joinToken()),
        new NodeChange.NodeStatusChanged(
            NodeId.of("node-1"), NodeStatus.DOWN, new NodeResources(2, 1024, 4096), UPDATED),
        new NodeChange.NodeRemoved(NodeId.of("node-1")),
        new TaskChange.TasksCreated(List.of(task(), pendingTask())),
        new TaskChange.TaskStateReported(
            NodeId.of("node-1"),
            new TaskStatusReport(TaskId.of("task-1"), TaskState.FAILED, "c0ffee", "exit 1"),
            UPDATED),
        new TaskChange.TaskStatesObserved(
            NodeId.of("node-1"),
            List.of(new TaskStatusReport(TaskId.of("task-1"), TaskState.RUNNING, "c0ffee", "")),
            UPDATED),
        new TaskChange.TaskHealthChanged(TaskId.of("task-1"), TaskHealth.HEALTHY),
        new TaskChange.TasksShutDown(List.of(TaskId.of("task-1"), TaskId.of("task-2"))),
        new TaskChange.TasksRemoved(List.of(TaskId.of("task-1"))),
        new JoinTokenChange.JoinTokensRotated(joinToken()),
        new IdentityChange.CertificateIssued(
            NodeId.of("node-1"), Role.WORKER, "0a1b2c", CREATED, UPDATED),
        new NodeChange.NodeUpdated(
            NodeId.of("node-1"),
            new Version(12),
            NodeAvailability.DRAIN,
            Map.of("zone", "eu-2", "disk", "ssd")),
        new NodeChange.NodeMarkedDown(NodeId.of("node-1"), UPDATED),
        new TaskChange.TasksAssigned(
            List.of(new TaskAssignment(TaskId.of("task-2"), NodeId.of("node-1")))),
        new TaskChange.TasksPending(
            List.of(
                new PendingReason(TaskId.of("task-2"), "no node satisfies node.labels.disk==ssd"))),
        new LeaderDecision(
            7,
            new TaskChange.TasksCreated(
                List.of(
                    Task.pendingReplica(
                        TaskId.of("task-3"),
                        placedService(),
                        0,
                        Optional.of(NodeId.of("node-1")),
                        CREATED)))),
        new ServiceChange.ServiceCreated(placedService()));
  }

  /** A service with constraints, spread preferences and a restart window. */
  static Service placedService() {
    ServiceSpec spec =
        ServiceSpec.of("db", "postgres:16", 2)
            .withRestartPolicy(new RestartPolicy(RestartCondition.ANY, 3, 2, 60))
            .withPlacement(
                PlacementSpec.parse(
                    List.of("node.labels.disk==ssd", "node.role!=manager"),
                    List.of("spread=node.labels.zone")));
    return Service.create(ServiceId.of("svc-3"), spec, CREATED);
  }
}
