package dev.warren.codec;

import java.util.Objects;

/**
 * The one binary format of domain values, used by the replicated log (state changes) and the store
 * (entities). Version 1 of the format is: one version byte, the simple name of the value's class,
 * then the value. Records are their components in declaration order, read back through the
 * canonical constructor so every rule of the domain is checked again; enums are constant names;
 * sealed interfaces are the variant's simple name then the variant; {@code Optional}, {@code List}
 * and {@code Map} follow the declared generic types. Equal values always give equal bytes.
 *
 * <p>Thread-safe and allocation-light: each class is inspected by reflection once, then cached.
 */
public final class DomainCodec {
  /** The format version this build writes and the only one it reads. */
  private static final int FORMAT_VERSION = 1;

  private DomainCodec() {}

  /**
   * Encodes {@code value}: a record, an enum constant, or a String, boxed boolean, int, long or
   * double, Instant, byte[] or {@link dev.warren.domain.model.shared.Bytes}.
   *
   * @throws CodecException if the value or something inside it is null or of an unsupported type
   */
  public static byte[] encode(Object value) {
    if (value == null) {
      throw new CodecException("cannot encode null");
    }
    Class<?> type = Codecs.classOf(value);
    try {
      ValueCodec codec = Codecs.forClass(type);
      var out = new ByteSink(256);
      out.writeByte(FORMAT_VERSION);
      out.writeString(type.getSimpleName());
      codec.write(value, out);
      return out.toByteArray();
    } catch (CodecException e) {
      throw e.prefixed("cannot encode " + type.getSimpleName());
    }
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
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(bytes, "bytes");
    Class<?> expected = Codecs.boxed(type);
    try {
      var in = new ByteSource(bytes);
      int version = in.readByte();
      if (version != FORMAT_VERSION) {
        throw new CodecException(
            "unsupported format version "
                + version
                + "; this build reads version "
                + FORMAT_VERSION);
      }
      Class<?> actual = Codecs.resolve(expected, in.readString());
      Object value = Codecs.forClass(actual).read(in);
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
