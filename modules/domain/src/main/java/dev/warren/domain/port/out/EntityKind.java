package dev.warren.domain.port.out;

import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.model.security.RevokedJoinToken;
import dev.warren.domain.model.security.RevokedNode;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.volume.Volume;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of object the cluster state holds: its type, how to get its id, and, for kinds whose names
 * are unique, how to get its name. The store keeps one table per kind and a unique name index for
 * named kinds.
 *
 * @param <E> the entity type
 */
public final class EntityKind<E> {
  public static final EntityKind<Cluster> CLUSTER =
      new EntityKind<>("cluster", Cluster.class, cluster -> Cluster.SINGLETON_ID, null);
  public static final EntityKind<Node> NODE =
      new EntityKind<>("node", Node.class, node -> node.id().value(), null);
  public static final EntityKind<Service> SERVICE =
      new EntityKind<>("service", Service.class, s -> s.id().value(), Service::name);
  public static final EntityKind<Task> TASK =
      new EntityKind<>("container", Task.class, task -> task.id().value(), null);
  public static final EntityKind<Secret> SECRET =
      new EntityKind<>("secret", Secret.class, s -> s.id().value(), Secret::name);
  public static final EntityKind<Volume> VOLUME =
      new EntityKind<>("volume", Volume.class, v -> v.id().value(), Volume::name);
  public static final EntityKind<Ingress> INGRESS =
      new EntityKind<>("ingress", Ingress.class, i -> i.id().value(), Ingress::name);
  public static final EntityKind<TlsCertificate> CERTIFICATE =
      new EntityKind<>(
          "certificate", TlsCertificate.class, c -> c.id().value(), TlsCertificate::name);
  public static final EntityKind<JoinToken> JOIN_TOKEN =
      new EntityKind<>("join-token", JoinToken.class, t -> t.id().value(), null);

  /** The rollout of a service, stored under the service's id. */
  public static final EntityKind<Rollout> ROLLOUT =
      new EntityKind<>("rollout", Rollout.class, r -> r.serviceId().value(), null);

  /**
   * The retained events, keyed by {@link Event#key} (the zero-padded log index), so listing them by
   * id lists them in log order.
   */
  public static final EntityKind<Event> EVENT =
      new EntityKind<>("event", Event.class, event -> Event.key(event.id()), null);

  /** Join tokens a rotation replaced, under their own ids, kept until they would have expired. */
  public static final EntityKind<RevokedJoinToken> REVOKED_JOIN_TOKEN =
      new EntityKind<>(
          "revoked-join-token", RevokedJoinToken.class, r -> r.token().id().value(), null);

  /** Removed nodes whose certificates are refused, under the node's id. */
  public static final EntityKind<RevokedNode> REVOKED_NODE =
      new EntityKind<>("revoked-node", RevokedNode.class, r -> r.node().value(), null);

  private static final java.util.List<EntityKind<?>> ALL =
      java.util.List.of(
          CLUSTER,
          NODE,
          SERVICE,
          TASK,
          SECRET,
          VOLUME,
          INGRESS,
          CERTIFICATE,
          JOIN_TOKEN,
          ROLLOUT,
          EVENT,
          REVOKED_JOIN_TOKEN,
          REVOKED_NODE);

  private final String name;
  private final Class<E> type;
  private final Function<E, String> idOf;
  private final Function<E, String> nameOf;

  private EntityKind(
      String name, Class<E> type, Function<E, String> idOf, Function<E, String> nameOf) {
    this.name = name;
    this.type = type;
    this.idOf = idOf;
    this.nameOf = nameOf;
  }

  /** Every kind, in a fixed order (stores create one table each). */
  public static java.util.List<EntityKind<?>> all() {
    return ALL;
  }

  /** Lowercase name of the kind; stable, used for table names and in messages. */
  public String name() {
    return name;
  }

  public Class<E> type() {
    return type;
  }

  public String idOf(E entity) {
    return idOf.apply(entity);
  }

  /** The unique name of {@code entity}, for kinds whose names are unique. */
  public Optional<String> nameOf(E entity) {
    return nameOf == null ? Optional.empty() : Optional.of(nameOf.apply(entity));
  }

  public boolean hasUniqueNames() {
    return nameOf != null;
  }

  @Override
  public String toString() {
    return name;
  }
}
