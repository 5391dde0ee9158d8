package dev.warren.testkit;

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
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.node.Node;
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
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.out.EntityKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small valid entities of every kind, for tests; all timestamps are {@link #T0}. */
public final class SampleEntities {
  /** The instant every sample was created at. */
  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private SampleEntities() {}

  public static Cluster cluster() {
    return new Cluster(ClusterId.of("cluster-1"), "sha256:00ff", T0);
  }

  public static Node node(String id) {
    return new Node(
        NodeId.of(id),
        NodeRole.HYBRID,
        "127.0.0.1:7946",
        "10.0.0.1",
        new NodeResources(4, 8L << 30, 100L << 30),
        NodeStatus.READY,
        T0,
        T0,
        Map.of("zone", "a"),
        Version.initial());
  }

  /** A replicated service running {@code nginx:1} with one replica. */
  public static Service service(String id, String name) {
    return Service.create(ServiceId.of(id), ServiceSpec.of(name, "nginx:1", 1), T0);
  }

  public static Task task(String id, String serviceId) {
    return new Task(
        TaskId.of(id),
        ServiceId.of(serviceId),
        "web",
        0,
        Optional.empty(),
        "nginx:1",
        List.of(),
        Map.of(),
        Resources.UNLIMITED,
        List.of(),
        Optional.empty(),
        RestartPolicy.DEFAULT,
        List.of(),
        10,
        DesiredState.RUNNING,
        TaskState.PENDING,
        "",
        "",
        Version.initial(),
        T0,
        T0,
        TaskHealth.UNKNOWN,
        Version.initial());
  }

  public static Secret secret(String id, String name) {
    return new Secret(
        SecretId.of(id), name, T0, new SealedData("key-1", Bytes.of(new byte[] {1, 2, 3})));
  }

  public static Volume volume(String id, String name) {
    return new Volume(
        VolumeId.of(id), name, Volume.LOCAL_DRIVER, Map.of(), Map.of(), T0, Optional.empty(), "");
  }

  public static Ingress ingress(String id, String name) {
    return new Ingress(
        IngressId.of(id),
        name,
        List.of(
            new IngressRule(
                "example.com",
                List.of(new IngressPath("/", PathType.PREFIX, new IngressBackend("web", 80))))),
        Optional.empty(),
        Map.of(),
        T0,
        T0);
  }

  public static TlsCertificate certificate(String id, String name) {
    return new TlsCertificate(
        CertificateId.of(id),
        name,
        List.of("example.com"),
        Bytes.of("-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII)),
        new SealedData("key-1", Bytes.of(new byte[] {4, 5, 6})),
        "test",
        T0,
        T0.plusSeconds(86_400),
        false,
        Map.of(),
        T0,
        T0);
  }

  public static JoinToken joinToken(String id) {
    return new JoinToken(JoinTokenId.of(id), Role.WORKER, "sha256:beef", T0, T0.plusSeconds(3600));
  }

  /** A pending rolling update of {@code serviceId}, from {@code nginx:1} to {@code nginx:2}. */
  public static Rollout rollout(String serviceId) {
    return new Rollout(
        ServiceId.of(serviceId),
        Version.initial().next(),
        Version.initial(),
        RolloutKind.UPDATE,
        DeployStrategy.ROLLING,
        UpdateConfig.DEFAULT,
        "nginx:1",
        "nginx:2",
        RolloutState.PENDING,
        0,
        0,
        "",
        T0,
        T0);
  }

  /** An event at log index {@code id}: service web created. */
  public static Event event(long id) {
    return new Event(
        id,
        "service.created",
        T0,
        "service web created",
        Map.of("service_id", "svc-1", "service_name", "web"));
  }

  /**
   * A sample of {@code kind} with this id and, for kinds with unique names, this name. The cluster
   * is a singleton: its id is always {@link Cluster#SINGLETON_ID}, whatever {@code id} says; an
   * event's id is the number made of the digits in {@code id}.
   */
  public static <E> E of(EntityKind<E> kind, String id, String name) {
    Object entity;
    if (kind == EntityKind.CLUSTER) {
      entity = cluster();
    } else if (kind == EntityKind.NODE) {
      entity = node(id);
    } else if (kind == EntityKind.SERVICE) {
      entity = service(id, name);
    } else if (kind == EntityKind.TASK) {
      entity = task(id, "svc-1");
    } else if (kind == EntityKind.SECRET) {
      entity = secret(id, name);
    } else if (kind == EntityKind.VOLUME) {
      entity = volume(id, name);
    } else if (kind == EntityKind.INGRESS) {
      entity = ingress(id, name);
    } else if (kind == EntityKind.CERTIFICATE) {
      entity = certificate(id, name);
    } else if (kind == EntityKind.JOIN_TOKEN) {
      entity = joinToken(id);
    } else if (kind == EntityKind.ROLLOUT) {
      entity = rollout(id);
    } else if (kind == EntityKind.REVOKED_JOIN_TOKEN) {
      entity = new RevokedJoinToken(joinToken(id), T0.plusSeconds(60));
    } else if (kind == EntityKind.EVENT) {
      entity = event(Long.parseLong(id.replaceAll("\\D", "")));
    } else {
      throw new IllegalArgumentException("no sample for kind " + kind);
    }
    return kind.type().cast(entity);
  }
}
