package dev.warren.codec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds and caches the codec of each type by the entries of one {@link Schema}. Codecs of classes
 * are built once per class (a {@link ClassValue}) and refer to the codecs of other classes lazily,
 * so recursive types need no special care and a class is inspected by reflection only the first
 * time it is seen; that is also when it is checked against its schema entry.
 */
final class Codecs {
  private final int version;
  private final Schema schema;
  private final ClassValue<ValueCodec> byClass =
      new ClassValue<>() {
        @Override
        protected ValueCodec computeValue(Class<?> type) {
          return build(type);
        }
      };

  /** The codecs of format {@code version}, whose types are those {@code schema} lists. */
  Codecs(int version, Schema schema) {
    if (version < 1 || version > 0x7F) {
      throw new IllegalArgumentException("format version must be 1 to 127, got " + version);
    }
    this.version = version;
    this.schema = schema;
  }

  /** The format version these codecs write and read. */
  int version() {
    return version;
  }

  /**
   * The codec of a record, enum, sealed type or leaf value class.
   *
   * @throws CodecException if {@code type} is not supported or does not match its schema entry
   */
  ValueCodec forClass(Class<?> type) {
    return byClass.get(type);
  }

  /** The class a value is encoded as: enum constants with bodies count as their enum. */
  static Class<?> classOf(Object value) {
    return value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
  }

  /**
   * The tag written before a top-level value of {@code type}.
   *
   * @throws CodecException if the schema has no entry for it
   */
  String tagOf(Class<?> type) {
    String leaf = LeafCodecs.tagOf(type);
    return leaf != null ? leaf : schema.tagOf(type);
  }

  /**
   * The concrete class the top-level {@code tag} names, when a value of {@code expected} is wanted:
   * one of its variants if it is sealed, else {@code expected} itself.
   */
  Class<?> resolve(Class<?> expected, String tag) {
    if (Schema.isSealedFamily(expected)) {
      return ((SealedCodec) forClass(expected)).variant(tag);
    }
    String own = tagOf(expected);
    if (!own.equals(tag)) {
      throw new CodecException("the bytes hold a " + tag + ", not a " + own);
    }
    return expected;
  }

  static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return MethodType.methodType(type).wrap().returnType();
  }

  private ValueCodec build(Class<?> type) {
    ValueCodec leaf = LeafCodecs.of(type);
    if (leaf != null) {
      return leaf;
    }
    if (type.isRecord()) {
      return RecordCodec.of(type, schema.recordEntry(type), this);
    }
    if (type.isEnum()) {
      return new EnumCodec(type, schema.enumEntry(type));
    }
    if (Schema.isSealedFamily(type)) {
      return new SealedCodec(type, this);
    }
    throw unsupported(type.getName());
  }

  /** The codec of a declared (possibly generic) component type. */
  ValueCodec forType(Type type) {
    if (type instanceof Class<?> raw) {
      ValueCodec leaf = LeafCodecs.of(raw);
      if (leaf != null) {
        return leaf;
      }
      if (raw.isRecord() || raw.isEnum()) {
        schema.tagOf(raw); // fails now, naming the component, if the type has no entry
        return new ClassRef(raw, this);
      }
      if (Schema.isSealedFamily(raw)) {
        return new ClassRef(raw, this);
      }
      throw unsupported(raw.getName());
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == Optional.class) {
        return new OptionalCodec(forType(arguments[0]));
      }
      if (raw == List.class) {
        return new ListCodec(forType(arguments[0]));
      }
      if (raw == Map.class || raw == SortedMap.class) {
        return new MapCodec(forType(arguments[0]), forType(arguments[1]), raw == SortedMap.class);
      }
    }
    if (type instanceof WildcardType wildcard && wildcard.getLowerBounds().length == 0) {
      return forType(wildcard.getUpperBounds()[0]);
    }
    throw unsupported(type.getTypeName());
  }

  private static CodecException unsupported(String typeName) {
    return new CodecException(
        "unsupported type "
            + typeName
            + ": the format has records, enums, sealed interfaces, String, boolean, int, long,"
            + " double, Instant, byte[], Bytes, Optional<T>, List<T> and Map<K, V>");
  }

  /**
   * Defers to the class's cached codec at first use, so building a codec never recurses; then keeps
   * it, since a component's codec is needed for every value written or read. (A race resolves the
   * same {@link ClassValue} entry twice; the codecs hold only final fields, so reading one through
   * the plain field is safe.)
   */
  private static final class ClassRef implements ValueCodec {
    private final Class<?> type;
    private final Codecs codecs;
    private ValueCodec resolved;

    ClassRef(Class<?> type, Codecs codecs) {
      this.type = type;
      this.codecs = codecs;
    }

    private ValueCodec codec() {
      ValueCodec codec = resolved;
      if (codec == null) {
        codec = codecs.forClass(type);
        resolved = codec;
      }
      return codec;
    }

    @Override
    public void write(Object value, ByteSink out) {
      codec().write(value, out);
    }

    @Override
    public Object read(ByteSource in) {
      return codec().read(in);
    }
  }

  /**
   * The fields in the order of the record's schema entry, whatever the order of its components;
   * read back through the canonical constructor. Components the entry gives a default for (an older
   * version's reader) are not in the bytes.
   */
  private static final class RecordCodec implements ValueCodec {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType CONSTRUCTOR =
        MethodType.methodType(Object.class, Object[].class);

    private final Class<?> type;
    private final String[] names;
    private final MethodHandle[] getters;
    private final ValueCodec[] codecs;
    private final int[] parameters;
    private final Object[] defaults;
    private final MethodHandle constructor;

    private RecordCodec(
        Class<?> type,
        String[] names,
        MethodHandle[] getters,
        ValueCodec[] codecs,
        int[] parameters,
        Object[] defaults,
        MethodHandle constructor) {
      this.type = type;
      this.names = names;
      this.getters = getters;
      this.codecs = codecs;
      this.parameters = parameters;
      this.defaults = defaults;
      this.constructor = constructor;
    }

    static RecordCodec of(Class<?> type, Schema.RecordEntry entry, Codecs owner) {
      RecordComponent[] components = type.getRecordComponents();
      var positions = new HashMap<String, Integer>();
      var rawTypes = new Class<?>[components.length];
      var defaults = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        positions.put(components[i].getName(), i);
        rawTypes[i] = components[i].getType();
        defaults[i] = entry.defaults().get(components[i].getName());
      }
      int count = entry.fields().size();
      var names = new String[count];
      var getters = new MethodHandle[count];
      var codecs = new ValueCodec[count];
      var parameters = new int[count];
      // Public members of public types in exported packages only: no `opens` needed anywhere.
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      try {
        for (int i = 0; i < count; i++) {
          names[i] = entry.fields().get(i);
          parameters[i] = positions.get(names[i]);
          RecordComponent component = components[parameters[i]];
          getters[i] = lookup.unreflect(component.getAccessor()).asType(GETTER);
          try {
            codecs[i] = owner.forType(component.getGenericType());
          } catch (CodecException e) {
            throw e.within(names[i]);
          }
        }
        MethodHandle constructor =
            lookup
                .unreflectConstructor(type.getDeclaredConstructor(rawTypes))
                .asSpreader(Object[].class, components.length)
                .asType(CONSTRUCTOR);
        return new RecordCodec(type, names, getters, codecs, parameters, defaults, constructor);
      } catch (IllegalAccessException | NoSuchMethodException e) {
        throw new CodecException(
            "record "
                + type.getName()
                + " is not accessible: it must be public, with a public canonical constructor, in"
                + " an exported package",
            e);
      }
    }

    @Override
    public void write(Object value, ByteSink out) {
      LeafCodecs.cast(type, value);
      for (int i = 0; i < codecs.length; i++) {
        Object component = component(i, value);
        try {
          codecs[i].write(component, out);
        } catch (CodecException e) {
          throw e.within(names[i]);
        }
      }
    }

    @Override
    public Object read(ByteSource in) {
      var arguments = defaults.clone();
      for (int i = 0; i < codecs.length; i++) {
        try {
          arguments[parameters[i]] = codecs[i].read(in);
        } catch (CodecException e) {
          throw e.within(names[i]);
        }
      }
      try {
        return (Object) constructor.invokeExact(arguments);
      } catch (RuntimeException e) {
        throw new CodecException(
            type.getSimpleName() + " rejected the decoded values: " + e.getMessage(), e);
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        throw new CodecException("cannot construct " + type.getSimpleName(), e);
      }
    }

    private Object component(int index, Object value) {
      try {
        return (Object) getters[index].invokeExact(value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new CodecException("cannot read component " + names[index], e);
      }
    }
  }

  /**
   * By the constant names the schema lists (checked to be all the constants), so reordering
   * constants never changes what stored bytes mean.
   */
  private static final class EnumCodec implements ValueCodec {
    private final Class<?> type;
    private final Map<String, Object> byName = new HashMap<>();

    EnumCodec(Class<?> type, Schema.EnumEntry entry) {
      this.type = type;
      for (Object constant : type.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        if (entry.constants().contains(name)) {
          byName.put(name, constant);
        }
      }
    }

    @Override
    public void write(Object value, ByteSink out) {
      out.writeString(((Enum<?>) LeafCodecs.cast(type, value)).name());
    }

    @Override
    public Object read(ByteSource in) {
      String name = in.readString();
      Object constant = byName.get(name);
      if (constant == null) {
        throw new CodecException("unknown " + type.getSimpleName() + " constant '" + name + "'");
      }
      return constant;
    }
  }

  /**
   * A variant's tag from the schema, then the variant; the tags are looked up among the permitted
   * subclasses (nested sealed families flattened), so adding a variant never shifts the others.
   */
  private static final class SealedCodec implements ValueCodec {
    private final Class<?> type;
    private final Codecs owner;
    private final Map<String, Class<?>> variants = new HashMap<>();
    private final Map<Class<?>, String> tags = new HashMap<>();

    SealedCodec(Class<?> type, Codecs owner) {
      this.type = type;
      this.owner = owner;
      collect(type);
    }

    private void collect(Class<?> family) {
      for (Class<?> permitted : family.getPermittedSubclasses()) {
        if (Schema.isSealedFamily(permitted)) {
          collect(permitted);
        } else {
          String tag;
          try {
            tag = owner.schema.tagOf(permitted);
          } catch (CodecException e) {
            throw e.prefixed("a variant of " + type.getName() + " has no tag");
          }
          Class<?> clash = variants.putIfAbsent(tag, permitted);
          if (clash != null && clash != permitted) {
            throw new CodecException(
                type.getName() + " has two variants tagged " + tag + " in PersistedTypes");
          }
          tags.put(permitted, tag);
        }
      }
    }

    Class<?> variant(String tag) {
      Class<?> variant = variants.get(tag);
      if (variant == null) {
        throw new CodecException("unknown " + type.getSimpleName() + " variant '" + tag + "'");
      }
      return variant;
    }

    @Override
    public void write(Object value, ByteSink out) {
      Class<?> variant = classOf(LeafCodecs.cast(type, value));
      String tag = tags.get(variant);
      if (tag == null) {
        throw new CodecException(variant.getName() + " is not a variant of " + type.getName());
      }
      out.writeString(tag);
      owner.forClass(variant).write(value, out);
    }

    @Override
    public Object read(ByteSource in) {
      return owner.forClass(variant(in.readString())).read(in);
    }
  }

  private record OptionalCodec(ValueCodec element) implements ValueCodec {
    @Override
    public void write(Object value, ByteSink out) {
      Optional<?> optional = LeafCodecs.cast(Optional.class, value);
      if (optional.isEmpty()) {
        out.writeByte(0);
      } else {
        out.writeByte(1);
        element.write(optional.get(), out);
      }
    }

    @Override
    public Object read(ByteSource in) {
      int present = in.readByte();
      return switch (present) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(element.read(in));
        default -> throw new CodecException("optional marker must be 0 or 1, got " + present);
      };
    }
  }

  private record ListCodec(ValueCodec element) implements ValueCodec {
    @Override
    public void write(Object value, ByteSink out) {
      List<?> list = LeafCodecs.cast(List.class, value);
      out.writeVarLong(list.size());
      int index = 0;
      for (Object item : list) {
        try {
          element.write(item, out);
        } catch (CodecException e) {
          throw e.within("[" + index + "]");
        }
        index++;
      }
    }

    @Override
    public Object read(ByteSource in) {
      int count = in.readCount();
      var list = new ArrayList<Object>(count);
      for (int i = 0; i < count; i++) {
        try {
          list.add(element.read(in));
        } catch (CodecException e) {
          throw e.within("[" + i + "]");
        }
      }
      return Collections.unmodifiableList(list);
    }
  }

  /**
   * Entries in iteration order for sorted maps (the domain's); other maps are put in order of their
   * encoded keys first, so equal maps always give equal bytes.
   */
  private record MapCodec(ValueCodec keys, ValueCodec values, boolean sorted)
      implements ValueCodec {
    @Override
    public void write(Object value, ByteSink out) {
      Map<?, ?> map = LeafCodecs.cast(Map.class, value);
      out.writeVarLong(map.size());
      if (map instanceof SortedMap<?, ?> || map.size() < 2) {
        int index = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          writeEntry(entry, index++, out);
        }
        return;
      }
      var encoded = new ArrayList<byte[][]>(map.size());
      int index = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        var key = new ByteSink(32);
        var val = new ByteSink(64);
        try {
          keys.write(entry.getKey(), key);
          values.write(entry.getValue(), val);
        } catch (CodecException e) {
          throw e.within("[" + index + "]");
        }
        encoded.add(new byte[][] {key.toByteArray(), val.toByteArray()});
        index++;
      }
      encoded.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
      for (byte[][] entry : encoded) {
        out.writeBytes(entry[0]);
        out.writeBytes(entry[1]);
      }
    }

    private void writeEntry(Map.Entry<?, ?> entry, int index, ByteSink out) {
      try {
        keys.write(entry.getKey(), out);
        values.write(entry.getValue(), out);
      } catch (CodecException e) {
        throw e.within("[" + index + "]");
      }
    }

    @Override
    public Object read(ByteSource in) {
      int count = in.readCount();
      if (count == 0) {
        // Most stored maps are empty (a replica's env, a node's labels): one shared instance
        // instead of a map and its wrapper per entity read.
        return sorted ? Collections.emptySortedMap() : Collections.emptyMap();
      }
      Map<Object, Object> map = sorted ? new TreeMap<>() : new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        try {
          Object key = keys.read(in);
          if (map.put(key, values.read(in)) != null) {
            throw new CodecException("duplicate map key");
          }
        } catch (CodecException e) {
          throw e.within("[" + i + "]");
        }
      }
      return sorted
          ? Collections.unmodifiableSortedMap((SortedMap<Object, Object>) map)
          : Collections.unmodifiableMap(map);
    }
  }
}
