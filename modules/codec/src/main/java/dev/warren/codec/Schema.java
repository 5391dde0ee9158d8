package dev.warren.codec;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The explicit identity of every type a format holds, written down rather than read off the Java
 * classes: each record and enum has a tag (written before a top-level value and before a variant
 * of a sealed interface), each record its fields by name in the order they are written, each enum
 * the names its constants are written as. The classes are checked against it, so a renamed, added
 * or removed component or constant is an error that says what to do, never silently other bytes.
 *
 * <p>Immutable; built once with {@link #builder()}.
 */
final class Schema {
  /**
   * What to do when a record and its entry disagree. The bytes do not name fields, so a pure rename
   * keeps them; anything else changes what is stored.
   */
  static final String WHAT_TO_DO =
      "If only the Java name changed, change the name in dev.warren.codec.PersistedTypes too"
          + " (the stored bytes stay the same). If a field was added, removed or changed its"
          + " type, the stored bytes change: raise DomainCodec's format version, keep"
          + " a reader for the old version and pin the new bytes, as the package-info of"
          + " dev.warren.codec describes.";

  /** What to do when an enum and its entry disagree: constants are stored by name. */
  static final String ENUM_WHAT_TO_DO =
      "A constant is stored by its name. A new constant: add its name in"
          + " dev.warren.codec.PersistedTypes (stored bytes of the others stay the same). A renamed"
          + " or removed constant may still be in stored data: keep the old name, or raise"
          + " DomainCodec's format version with a reader that maps the old name, as the"
          + " package-info of dev.warren.codec describes.";

  /** One type's identity. */
  sealed interface Entry permits RecordEntry, EnumEntry {
    Class<?> type();

    String tag();
  }

  /**
   * A record: its tag and its fields, by component name, in the order they are written.
   *
   * @param defaults values for components that are not among {@code fields}: a reader of an older
   *     version whose bytes lack a field gives the component this value
   */
  record RecordEntry(Class<?> type, String tag, List<String> fields, Map<String, Object> defaults)
      implements Entry {
    RecordEntry {
      fields = List.copyOf(fields);
      defaults = Map.copyOf(defaults);
    }
  }

  /** An enum: its tag and the names its constants are written as (their Java names). */
  record EnumEntry(Class<?> type, String tag, Set<String> constants) implements Entry {
    EnumEntry {
      constants = Collections.unmodifiableSet(new LinkedHashSet<>(constants));
    }
  }

  private final Map<Class<?>, Entry> byType;

  private Schema(Map<Class<?>, Entry> byType) {
    this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
  }

  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this schema's entries, to add or replace some (tests, older versions). */
  Builder toBuilder() {
    var builder = new Builder();
    byType.values().forEach(builder::add);
    return builder;
  }

  Collection<Entry> entries() {
    return byType.values();
  }

  /**
   * The entry of record {@code type}, checked against the record's components.
   *
   * @throws CodecException if there is none or it does not match the record
   */
  RecordEntry recordEntry(Class<?> type) {
    if (!(require(type) instanceof RecordEntry entry)) {
      throw new CodecException(type.getName() + " is a record but PersistedTypes lists an enum");
    }
    failOnMismatch(entry);
    return entry;
  }

  /**
   * The entry of enum {@code type}, checked against its constants.
   *
   * @throws CodecException if there is none or it does not match the enum
   */
  EnumEntry enumEntry(Class<?> type) {
    if (!(require(type) instanceof EnumEntry entry)) {
      throw new CodecException(type.getName() + " is an enum but PersistedTypes lists a record");
    }
    failOnMismatch(entry);
    return entry;
  }

  private static void failOnMismatch(Entry entry) {
    Optional<String> problem = mismatch(entry);
    if (problem.isPresent()) {
      throw new CodecException(problem.get());
    }
  }

  /**
   * The tag of {@code type}.
   *
   * @throws CodecException if the schema has no entry for it
   */
  String tagOf(Class<?> type) {
    return require(type).tag();
  }

  private Entry require(Class<?> type) {
    Entry entry = byType.get(type);
    if (entry == null) {
      throw new CodecException(
          type.getName()
              + " has no entry in dev.warren.codec.PersistedTypes, so it has no stable identity"
              + " in stored bytes: add one (a tag never used before, and the fields by name in the"
              + " order they are to be written), then a sample of it to the codec's golden tests");
    }
    return entry;
  }

  /**
   * Every way the classes disagree with this schema: an entry that does not match its class, or a
   * record, enum or sealed type used by a listed record without an entry of its own (for a sealed
   * interface: of each of its variants). Empty when they agree.
   */
  List<String> problems() {
    var problems = new ArrayList<String>();
    for (Entry entry : byType.values()) {
      mismatch(entry).ifPresent(problems::add);
      if (entry instanceof RecordEntry && entry.type().isRecord()) {
        for (RecordComponent component : entry.type().getRecordComponents()) {
          for (Class<?> used : structuredTypesIn(component.getGenericType())) {
            if (!byType.containsKey(used)) {
              problems.add(
                  entry.type().getName()
                      + "."
                      + component.getName()
                      + " holds "
                      + used.getName()
                      + ", which has no entry in dev.warren.codec.PersistedTypes: add one");
            }
          }
        }
      }
    }
    return problems;
  }

  /** How {@code entry} and its class disagree, as a sentence that ends with what to do. */
  static Optional<String> mismatch(Entry entry) {
    Class<?> type = entry.type();
    return switch (entry) {
      case RecordEntry record -> {
        if (!type.isRecord()) {
          yield Optional.of(type.getName() + " is listed as a record in PersistedTypes but is not");
        }
        List<String> components =
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        var missing = new TreeSet<>(record.fields());
        missing.removeAll(components);
        var unlisted = new TreeSet<>(components);
        unlisted.removeAll(record.fields());
        unlisted.removeAll(record.defaults().keySet());
        var unknownDefaults = new TreeSet<>(record.defaults().keySet());
        unknownDefaults.removeAll(components);
        if (missing.isEmpty() && unlisted.isEmpty() && unknownDefaults.isEmpty()) {
          yield Optional.empty();
        }
        yield Optional.of(
            "the persisted record "
                + type.getName()
                + " (tag '"
                + record.tag()
                + "') no longer matches its entry in PersistedTypes: "
                + describe("fields listed there that are not components", missing)
                + describe("components not listed there", unlisted)
                + describe("defaults for components that do not exist", unknownDefaults)
                + "its components are "
                + components
                + ", its entry lists "
                + record.fields()
                + ". "
                + WHAT_TO_DO);
      }
      case EnumEntry enumeration -> {
        if (!type.isEnum()) {
          yield Optional.of(type.getName() + " is listed as an enum in PersistedTypes but is not");
        }
        var constants = new LinkedHashSet<String>();
        for (Object constant : type.getEnumConstants()) {
          constants.add(((Enum<?>) constant).name());
        }
        if (constants.equals(enumeration.constants())) {
          yield Optional.empty();
        }
        var missing = new TreeSet<>(enumeration.constants());
        missing.removeAll(constants);
        var unlisted = new TreeSet<>(constants);
        unlisted.removeAll(enumeration.constants());
        yield Optional.of(
            "the persisted enum "
                + type.getName()
                + " (tag '"
                + enumeration.tag()
                + "') no longer matches its entry in PersistedTypes: "
                + describe("names listed there that are not constants", missing)
                + describe("constants not listed there", unlisted)
                + ENUM_WHAT_TO_DO);
      }
    };
  }

  private static String describe(String what, Set<String> names) {
    return names.isEmpty() ? "" : what + " " + names + "; ";
  }

  /** The records, enums and concrete variants of sealed types a declared type holds. */
  private static Set<Class<?>> structuredTypesIn(Type type) {
    var found = new LinkedHashSet<Class<?>>();
    collect(type, found);
    return found;
  }

  private static void collect(Type type, Set<Class<?>> found) {
    switch (type) {
      case ParameterizedType parameterized -> {
        for (Type argument : parameterized.getActualTypeArguments()) {
          collect(argument, found);
        }
      }
      case WildcardType wildcard -> {
        for (Type bound : wildcard.getUpperBounds()) {
          collect(bound, found);
        }
      }
      case Class<?> raw when isSealedFamily(raw) -> {
        for (Class<?> permitted : raw.getPermittedSubclasses()) {
          collect(permitted, found);
        }
      }
      case Class<?> raw when raw.isRecord() || raw.isEnum() -> found.add(raw);
      default -> {}
    }
  }

  static boolean isSealedFamily(Class<?> type) {
    return type.isSealed() && (type.isInterface() || Modifier.isAbstract(type.getModifiers()));
  }

  /** Collects entries; a type or tag listed twice is a mistake in the table. */
  static final class Builder {
    private final Map<Class<?>, Entry> byType = new LinkedHashMap<>();
    private final Map<String, Class<?>> byTag = new HashMap<>();

    private Builder() {}

    /** A record: its tag and its components' names in the order they are written. */
    Builder record(Class<? extends Record> type, String tag, String... fields) {
      return add(new RecordEntry(type, tag, List.of(fields), Map.of()));
    }

    /** An enum: its tag and the names of all its constants. */
    Builder enumeration(Class<? extends Enum<?>> type, String tag, String... constants) {
      return add(new EnumEntry(type, tag, new LinkedHashSet<>(List.of(constants))));
    }

    /** Adds {@code entry}; its type and tag must not be listed yet. */
    Builder add(Entry entry) {
      if (byType.containsKey(entry.type())) {
        throw new IllegalArgumentException(entry.type().getName() + " is listed twice");
      }
      return replace(entry);
    }

    /** Adds {@code entry} in place of the entry of its type, if there is one. */
    Builder replace(Entry entry) {
      if (entry.tag().isBlank()) {
        throw new IllegalArgumentException("blank tag for " + entry.type().getName());
      }
      Entry replaced = byType.put(entry.type(), entry);
      if (replaced != null) {
        byTag.remove(replaced.tag());
      }
      Class<?> clash = byTag.putIfAbsent(entry.tag(), entry.type());
      if (clash != null) {
        throw new IllegalArgumentException(
            "tag '" + entry.tag() + "' is given to " + clash.getName() + " and " + entry.type());
      }
      if (entry instanceof RecordEntry record
          && new LinkedHashSet<>(record.fields()).size() != record.fields().size()) {
        throw new IllegalArgumentException("a field is listed twice for " + entry.type());
      }
      return this;
    }

    Schema build() {
      return new Schema(byType);
    }
  }
}
