package dev.warren.codec;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The one binary format of domain values, used by the replicated log (state changes) and the store
 * (entities). Version 1 of the format is: one version byte, the tag of the value's type, then the
 * value. Tags, and the order of each record's fields, are listed in {@link PersistedTypes}, never
 * read off class names or component order. Records are their fields in that order, read back
 * through the canonical constructor so every rule of the domain is checked again; enums are
 * constant names; sealed interfaces are the variant's tag then the variant; {@code Optional},
 * {@code List} and {@code Map} follow the declared generic types. Equal values always give equal
 * bytes.
 *
 * <p>Thread-safe and allocation-light: each class is inspected by reflection once (and checked
 * against its entry then), then cached.
 */
public final class DomainCodec {
  /** The format version this build writes. */
  static final int FORMAT_VERSION = 3;

  private static final Codecs CURRENT = new Codecs(FORMAT_VERSION, PersistedTypes.SCHEMA);

  /**
   * A reader for every version this build reads: the current one, and each earlier one by the
   * schema that describes its bytes (see the package-info). Data written by any earlier release
   * must still load, so a version is never removed here.
   */
  private static final Map<Integer, Codecs> READERS =
      readers(
          CURRENT,
          new Codecs(2, PersistedTypes.SCHEMA_V2),
          new Codecs(1, PersistedTypes.SCHEMA_V1));

  private DomainCodec() {}

  /**
   * Encodes {@code value}: a value of a type listed in {@link PersistedTypes}, or a String, boxed
   * boolean, int, long or double, Instant, byte[] or {@link dev.warren.domain.model.shared.Bytes}.
   *
   * @throws CodecException if the value or something inside it is null, of an unsupported type, of
   *     a type without an entry in {@link PersistedTypes} or one that no longer matches its entry
   */
  public static byte[] encode(Object value) {
    return encode(CURRENT, value);
  }

  /**
   * Decodes bytes written by {@link #encode} as a {@code type}: the class encoded, or a sealed
   * interface it is a variant of (so a {@code StateChange} decodes from the bytes of any change).
   *
   * @throws CodecException if the bytes are truncated, corrupt, of another format version, hold
   *     another type or an unknown variant or constant, or hold values the domain rejects; the
   *     message names the component that failed
   */
  public static <T> T decode(Class<T> type, byte[] bytes) {
    return decode(READERS, type, bytes);
  }

  /** The readers of {@code versions}, by version. */
  static Map<Integer, Codecs> readers(Codecs... versions) {
    var readers = new HashMap<Integer, Codecs>();
    for (Codecs codecs : versions) {
      if (readers.put(codecs.version(), codecs) != null) {
        throw new IllegalArgumentException("two readers of version " + codecs.version());
      }
    }
    return Map.copyOf(readers);
  }

  /** {@link #encode} as the version and by the entries of {@code codecs}. */
  static byte[] encode(Codecs codecs, Object value) {
    if (value == null) {
      throw new CodecException("cannot encode null");
    }
    Class<?> type = Codecs.classOf(value);
    try {
      ValueCodec codec = codecs.forClass(type);
      var out = new ByteSink(256);
      out.writeByte(codecs.version());
      out.writeString(codecs.tagOf(type));
      codec.write(value, out);
      return out.toByteArray();
    } catch (CodecException e) {
      throw e.prefixed("cannot encode " + type.getSimpleName());
    }
  }

  /** {@link #decode} by the reader of the version the bytes were written in. */
  static <T> T decode(Map<Integer, Codecs> readers, Class<T> type, byte[] bytes) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(bytes, "bytes");
    Class<?> expected = Codecs.boxed(type);
    try {
      var in = new ByteSource(bytes);
      int version = in.readByte();
      Codecs codecs = readers.get(version);
      if (codecs == null) {
        throw new CodecException(
            "unsupported format version "
                + version
                + "; this build reads versions "
                + new TreeSet<>(readers.keySet())
                + " (bytes of a newer release cannot be read by an older one)");
      }
      Class<?> actual = codecs.resolve(expected, in.readString());
      Object value = codecs.forClass(actual).read(in);
      in.requireEnd();
      @SuppressWarnings("unchecked")
      T result = (T) expected.cast(value);
      return result;
    } catch (CodecException e) {
      throw e.prefixed(
          "cannot decode " + type.getSimpleName() + " from " + bytes.length + " bytes");
    }
  }
}
