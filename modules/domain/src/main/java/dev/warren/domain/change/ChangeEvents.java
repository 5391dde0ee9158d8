package dev.warren.domain.change;

import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.event.EventFilter;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one mapping from applied state changes to {@link Event}s:
 *
 * <ul>
 *   <li><b>type</b> {@code <noun>.<action>}, listed for each change in {@link #TYPES}: public
 *       (clients filter on it, stored events hold it), so it never follows a record's name; a
 *       renamed record keeps its type and a new change gets one there, in the style {@link
 *       #suggestedTypeOf} proposes;
 *   <li><b>subject</b>: the change's entities of a stored kind (or a list of them); failing that,
 *       its ids ({@code ServiceDeleted(ServiceId)}), whose names are looked up in the state before
 *       the change;
 *   <li><b>metadata</b>: {@code <noun>_id} and {@code <noun>_name} of the subject ({@code
 *       <noun>_ids}, {@code <noun>_names} for several), plus {@code <noun>_id} of every other
 *       object the change or its subject refers to by id;
 *   <li><b>message</b>: {@code "<noun> <name or id> <action words>"} ("service web created");
 *   <li><b>timestamp</b>: the instant the change carries (the first of the components {@code at},
 *       {@code occurredAt}, {@code timestamp}, {@code updatedAt}, {@code lastHeartbeat}, {@code
 *       createdAt} on the change, then on its subject); for a change without one, the timestamp of
 *       the latest event before it. Never the clock: every replica, and every replay, must build
 *       the same event.
 * </ul>
 *
 * <p>Only ids, names and instants are read from a change; never other strings, bytes or sealed
 * data, so secret material cannot reach an event. Thread-safe; shapes are cached per class.
 */
public final class ChangeEvents {
  /**
   * The event type of every change. The noun is the kind of object as users know it ({@code
   * container} for tasks), the action lowercase words joined by '-'. Pinned by the codec's golden
   * tests: changing one changes what subscribers receive and what stored events say.
   */
  private static final Map<Class<? extends StateChange>, String> TYPES =
      Map.ofEntries(
          Map.entry(ClusterChange.ClusterInitialized.class, "cluster.initialized"),
          Map.entry(NodeChange.NodeRegistered.class, "node.registered"),
          Map.entry(NodeChange.NodeStatusChanged.class, "node.status-changed"),
          Map.entry(NodeChange.NodeRemoved.class, "node.removed"),
          Map.entry(NodeChange.NodeUpdated.class, "node.updated"),
          Map.entry(NodeChange.NodeMarkedDown.class, "node.marked-down"),
          Map.entry(ServiceChange.ServiceCreated.class, "service.created"),
          Map.entry(ServiceChange.ServiceUpdated.class, "service.updated"),
          Map.entry(ServiceChange.ServiceDeleted.class, "service.deleted"),
          Map.entry(ServiceChange.ServiceRolloutStarted.class, "service.rollout-started"),
          Map.entry(ServiceChange.ServiceRolledBack.class, "service.rolled-back"),
          Map.entry(ServiceChange.RolloutProgressed.class, "service.rollout-progressed"),
          Map.entry(SecretChange.SecretCreated.class, "secret.created"),
          Map.entry(SecretChange.SecretDeleted.class, "secret.deleted"),
          Map.entry(VolumeChange.VolumeCreated.class, "volume.created"),
          Map.entry(VolumeChange.VolumeDeleted.class, "volume.deleted"),
          Map.entry(IngressChange.IngressCreated.class, "ingress.created"),
          Map.entry(IngressChange.IngressUpdated.class, "ingress.updated"),
          Map.entry(IngressChange.IngressDeleted.class, "ingress.deleted"),
          Map.entry(CertificateChange.CertificateCreated.class, "certificate.created"),
          Map.entry(CertificateChange.CertificateDeleted.class, "certificate.deleted"),
          Map.entry(JoinTokenChange.JoinTokenIssued.class, "join-token.issued"),
          Map.entry(JoinTokenChange.JoinTokensRotated.class, "join-token.rotated"),
          Map.entry(TaskChange.TasksCreated.class, "container.created"),
          Map.entry(TaskChange.TaskStateReported.class, "container.state-reported"),
          Map.entry(TaskChange.TaskStatesObserved.class, "container.states-observed"),
          Map.entry(TaskChange.TaskHealthChanged.class, "container.health-changed"),
          Map.entry(TaskChange.TasksShutDown.class, "container.shut-down"),
          Map.entry(TaskChange.TasksRemoved.class, "container.removed"),
          Map.entry(TaskChange.TasksAssigned.class, "container.assigned"),
          Map.entry(TaskChange.TasksPending.class, "container.pending"),
          // Never published: a decision's event is the event of the change it carries.
          Map.entry(LeaderDecision.class, "leader.decided"),
          Map.entry(IdentityChange.CertificateIssued.class, "identity.certificate-issued"));

  private static final List<String> TIME_COMPONENTS =
      List.of("at", "occurredAt", "timestamp", "updatedAt", "lastHeartbeat", "createdAt");
  private static final Pattern WORD_BOUNDARY =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  /** Enough subjects to name in one message; the rest are counted. */
  private static final int NAMED_IN_MESSAGE = 3;

  /** Ids of a batch listed in metadata; the rest are counted. */
  private static final int LISTED_IN_METADATA = 50;

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  /**
   * Record components per class: {@link Class#getRecordComponents} copies and re-resolves them on
   * every call, and describing a change walks several records (the arrays are never modified).
   */
  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          return type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        }
      };

  private static final ClassValue<Optional<EntityKind<?>>> KIND_OF_ENTITY =
      new ClassValue<>() {
        @Override
        protected Optional<EntityKind<?>> computeValue(Class<?> type) {
          return EntityKind.all().stream().filter(kind -> kind.type() == type).findFirst();
        }
      };

  private static final ClassValue<Optional<EntityKind<?>>> KIND_OF_ID =
      new ClassValue<>() {
        @Override
        protected Optional<EntityKind<?>> computeValue(Class<?> idType) {
          return EntityKind.all().stream()
              .filter(
                  kind ->
                      List.of(components(kind.type())).stream()
                          .anyMatch(c -> c.getName().equals("id") && c.getType() == idType))
              .findFirst();
        }
      };

  private ChangeEvents() {}

  private static RecordComponent[] components(Class<?> type) {
    return COMPONENTS.get(type);
  }

  /**
   * The event type of every change of {@code type}, like {@code service.created}.
   *
   * @throws IllegalStateException if {@code type} has no type in {@link #TYPES} (a change added
   *     without one)
   */
  public static String typeOf(Class<? extends StateChange> type) {
    return SHAPES.get(type).type();
  }

  /**
   * The type a new change record named {@code record} in the family {@code family} is offered: the
   * family's noun (its entity kind's name when it has one), then the rest of the record's name
   * after the family's words, as lowercase words joined by '-'.
   */
  static String suggestedTypeOf(String family, String record) {
    return Shape.suggested(Optional.of(family), record).type();
  }

  /** The event type of every variant of {@link StateChange}, sorted. */
  public static SortedSet<String> knownTypes() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(TYPES.values()));
  }

  /**
   * Whether some known event type passes {@code filter}; a filter entry that matches none is almost
   * certainly a typo.
   */
  public static Optional<String> unknownEntry(EventFilter filter) {
    SortedSet<String> known = knownTypes();
    return filter.types().stream()
        .filter(entry -> known.stream().noneMatch(EventFilter.of(entry)::matches))
        .findFirst();
  }

  /**
   * The event for {@code change}, applied at log index {@code id}.
   *
   * @param before the state the change is about to be applied to (names of deleted objects and the
   *     previous event's timestamp are read from it)
   */
  public static Event describe(long id, StateChange decided, StateReader before) {
    StateChange change = LeaderDecision.unwrap(decided);
    Shape shape = SHAPES.get(change.getClass());
    List<Subject> subjects = subjectsOf(change, shape, before);
    Map<String, String> metadata = new LinkedHashMap<>();
    if (subjects.size() == 1) {
      Subject subject = subjects.getFirst();
      metadata.put(subject.noun() + "_id", subject.id());
      subject.name().ifPresent(name -> metadata.put(subject.noun() + "_name", name));
    } else if (!subjects.isEmpty()) {
      String noun = subjects.getFirst().noun();
      metadata.put(noun + "_ids", listed(subjects.stream().map(Subject::id).toList()));
      List<String> names = subjects.stream().flatMap(s -> s.name().stream()).toList();
      if (names.size() == subjects.size()) {
        metadata.put(noun + "_names", listed(names));
      }
    }
    for (IdRef ref : referencedIds(change, subjects)) {
      metadata.putIfAbsent(ref.noun() + "_id", ref.id());
    }
    Instant timestamp =
        timeOf(change, subjects)
            .or(() -> before.last(EntityKind.EVENT).map(Event::timestamp))
            .orElse(Instant.EPOCH);
    return new Event(id, shape.type(), timestamp, message(shape, subjects), metadata);
  }

  private static String message(Shape shape, List<Subject> subjects) {
    var text = new StringBuilder(shape.noun().replace('_', '-'));
    if (subjects.size() > 1) {
      text.append('s');
    }
    for (int i = 0; i < Math.min(subjects.size(), NAMED_IN_MESSAGE); i++) {
      text.append(i == 0 ? " " : ", ").append(subjects.get(i).label());
    }
    if (subjects.size() > NAMED_IN_MESSAGE) {
      text.append(" and ").append(subjects.size() - NAMED_IN_MESSAGE).append(" more");
    }
    return text.append(' ').append(shape.actionWords()).toString();
  }

  private static String listed(List<String> values) {
    if (values.size() <= LISTED_IN_METADATA) {
      return String.join(",", values);
    }
    return String.join(",", values.subList(0, LISTED_IN_METADATA))
        + ",+"
        + (values.size() - LISTED_IN_METADATA);
  }

  private static List<Subject> subjectsOf(StateChange change, Shape shape, StateReader before) {
    var entities = new ArrayList<Subject>();
    for (Object value : componentValues(change)) {
      for (Object element : elements(value)) {
        entitySubject(element).ifPresent(entities::add);
      }
    }
    if (!entities.isEmpty()) {
      // The family's own entities are the subject (a service, not the rollout it started).
      String noun =
          entities.stream().anyMatch(s -> s.noun().equals(shape.noun()))
              ? shape.noun()
              : entities.getFirst().noun();
      return entities.stream().filter(s -> s.noun().equals(noun)).toList();
    }
    var subjects = new ArrayList<Subject>();
    var ids = new ArrayList<IdRef>();
    for (Object value : componentValues(change)) {
      for (Object element : elements(value)) {
        idRef(element).ifPresent(ids::add);
      }
    }
    // The family's own ids are the subject (ServiceDeleted(serviceId)); other ids are references.
    List<IdRef> own = ids.stream().filter(ref -> ref.noun().equals(shape.noun())).toList();
    List<IdRef> chosen = own.isEmpty() ? ids.stream().limit(1).toList() : own;
    for (IdRef ref : chosen) {
      Optional<String> name =
          ref.kind()
              .filter(EntityKind::hasUniqueNames)
              .flatMap(kind -> nameOf(kind, before, ref.id()));
      subjects.add(new Subject(ref.noun(), ref.id(), name));
    }
    return subjects;
  }

  private static <E> Optional<String> nameOf(EntityKind<E> kind, StateReader state, String id) {
    return state.get(kind, id).flatMap(kind::nameOf);
  }

  /**
   * Ids the change, its only subject, or its other entities refer to, besides the subjects
   * themselves.
   */
  private static List<IdRef> referencedIds(StateChange change, List<Subject> subjects) {
    var values = new ArrayList<Object>(componentValues(change));
    for (Object value : componentValues(change)) {
      for (Object element : elements(value)) {
        boolean subject = subjects.stream().anyMatch(s -> s.entity().orElse(null) == element);
        if (kindOfEntity(element.getClass()).isPresent() && (!subject || subjects.size() == 1)) {
          values.addAll(componentValues(element));
        }
      }
    }
    var refs = new ArrayList<IdRef>();
    for (Object value : values) {
      for (Object element : elements(value)) {
        idRef(element)
            .filter(
                ref ->
                    subjects.stream()
                        .noneMatch(s -> s.noun().equals(ref.noun()) && s.id().equals(ref.id())))
            .ifPresent(refs::add);
      }
    }
    return refs;
  }

  private static Optional<Instant> timeOf(StateChange change, List<Subject> subjects) {
    Optional<Instant> own = preferredInstant(List.of(change));
    if (own.isPresent()) {
      return own;
    }
    List<Object> entities = subjects.stream().flatMap(s -> s.entity().stream()).toList();
    return preferredInstant(entities);
  }

  /** The latest instant among {@code records}' components of the most preferred name present. */
  private static Optional<Instant> preferredInstant(List<?> records) {
    for (String name : TIME_COMPONENTS) {
      Optional<Instant> latest =
          records.stream()
              .flatMap(record -> component(record, name).stream())
              .filter(Instant.class::isInstance)
              .map(Instant.class::cast)
              .max(Instant::compareTo);
      if (latest.isPresent()) {
        return latest;
      }
    }
    return Optional.empty();
  }

  private static Optional<Subject> entitySubject(Object value) {
    return kindOfEntity(value.getClass())
        .map(
            kind -> {
              String id =
                  component(value, "id")
                      .flatMap(ChangeEvents::idValue)
                      .orElseGet(() -> idOf(kind, value));
              return new Subject(
                  kind.name().replace('-', '_'), id, nameOf(kind, value), Optional.of(value));
            });
  }

  private static <E> String idOf(EntityKind<E> kind, Object entity) {
    return kind.idOf(kind.type().cast(entity));
  }

  private static <E> Optional<String> nameOf(EntityKind<E> kind, Object entity) {
    return kind.nameOf(kind.type().cast(entity));
  }

  private static Optional<IdRef> idRef(Object value) {
    if (!isIdRecord(value.getClass())) {
      return Optional.empty();
    }
    Optional<EntityKind<?>> kind = kindOfId(value.getClass());
    String noun =
        kind.map(EntityKind::name)
            .orElseGet(() -> kebab(words(stripSuffix(value.getClass().getSimpleName(), "Id"))));
    return idValue(value).map(id -> new IdRef(noun.replace('-', '_'), id, kind));
  }

  private static Optional<String> idValue(Object value) {
    if (!isIdRecord(value.getClass())) {
      return Optional.empty();
    }
    return component(value, components(value.getClass())[0].getName()).map(String.class::cast);
  }

  /** Ids are one-string records named {@code ...Id} ({@code ServiceId}, {@code NodeId}). */
  private static boolean isIdRecord(Class<?> type) {
    if (!type.isRecord() || !type.getSimpleName().endsWith("Id")) {
      return false;
    }
    RecordComponent[] components = components(type);
    return components.length == 1 && components[0].getType() == String.class;
  }

  private static Optional<EntityKind<?>> kindOfEntity(Class<?> type) {
    return KIND_OF_ENTITY.get(type);
  }

  /** The kind whose entities have an {@code id} of this type. */
  private static Optional<EntityKind<?>> kindOfId(Class<?> idType) {
    return KIND_OF_ID.get(idType);
  }

  /** A value, the elements of a list, or the content of an optional, as a list. */
  private static List<?> elements(Object value) {
    return switch (value) {
      case null -> List.of();
      case List<?> list -> list;
      case Optional<?> optional -> optional.stream().toList();
      default -> List.of(value);
    };
  }

  private static List<Object> componentValues(Object record) {
    var values = new ArrayList<>();
    if (record.getClass().isRecord()) {
      for (RecordComponent component : components(record.getClass())) {
        values.add(read(record, component));
      }
    }
    return values;
  }

  private static Optional<Object> component(Object record, String name) {
    if (!record.getClass().isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent component : components(record.getClass())) {
      if (component.getName().equals(name)) {
        return Optional.ofNullable(read(record, component));
      }
    }
    return Optional.empty();
  }

  private static Object read(Object record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + component.getName() + " of " + record.getClass().getName(), e);
    }
  }

  private static List<String> words(String camelCase) {
    return List.of(WORD_BOUNDARY.split(camelCase));
  }

  private static String kebab(List<String> words) {
    return String.join("-", words).toLowerCase(Locale.ROOT);
  }

  private static String stripSuffix(String text, String suffix) {
    return text.endsWith(suffix) && text.length() > suffix.length()
        ? text.substring(0, text.length() - suffix.length())
        : text;
  }

  /** What a change class says about its events: type, noun and action. */
  private record Shape(String type, String noun, String actionWords) {
    static Shape of(Class<?> change) {
      String type = TYPES.get(change);
      if (type == null) {
        throw new IllegalStateException(
            change.getName()
                + " has no event type: add one to ChangeEvents.TYPES (for example '"
                + suggested(familyOf(change).map(Class::getSimpleName), change.getSimpleName())
                    .type()
                + "') and to the codec's pinned event types");
      }
      int dot = type.indexOf('.');
      String noun = type.substring(0, dot);
      String action = type.substring(dot + 1);
      return new Shape(type, noun.replace('-', '_'), action.replace('-', ' '));
    }

    /** The shape a record named {@code record} in a family named {@code family} is offered. */
    static Shape suggested(Optional<String> family, String record) {
      List<String> name = words(record);
      List<String> familyWords =
          family.map(f -> words(stripSuffix(f, "Change"))).orElse(name.subList(0, 1));
      List<String> action = name.subList(leadingMatch(name, familyWords), name.size());
      String noun = nounOf(familyWords);
      String actionName = action.isEmpty() ? "changed" : kebab(action);
      return new Shape(
          noun + "." + actionName, noun.replace('-', '_'), actionName.replace('-', ' '));
    }

    private static Optional<Class<?>> familyOf(Class<?> change) {
      for (Class<?> implemented : change.getInterfaces()) {
        if (implemented != StateChange.class && StateChange.class.isAssignableFrom(implemented)) {
          return Optional.of(implemented);
        }
      }
      return Optional.empty();
    }

    /** How many leading words of the record's name are the family's (the last may be plural). */
    private static int leadingMatch(List<String> name, List<String> family) {
      if (name.size() <= family.size()) {
        return 0;
      }
      for (int i = 0; i < family.size(); i++) {
        String word = name.get(i);
        String expected = family.get(i);
        boolean last = i == family.size() - 1;
        if (!word.equals(expected)
            && !(last && (word.equals(expected + "s") || word.equals(expected + "es")))) {
          return 0;
        }
      }
      return family.size();
    }

    private static String nounOf(List<String> family) {
      String joined = String.join("", family);
      String kebab = kebab(family);
      return EntityKind.all().stream()
          .filter(kind -> kind.type().getSimpleName().equals(joined) || kind.name().equals(kebab))
          .map(EntityKind::name)
          .findFirst()
          .orElse(kebab);
    }
  }

  /** One object an event is about. */
  private record Subject(String noun, String id, Optional<String> name, Optional<Object> entity) {
    Subject(String noun, String id, Optional<String> name) {
      this(noun, id, name, Optional.empty());
    }

    String label() {
      return name.orElse(id);
    }
  }

  /** An id the change refers to, with the kind it identifies when known. */
  private record IdRef(String noun, String id, Optional<EntityKind<?>> kind) {}
}
