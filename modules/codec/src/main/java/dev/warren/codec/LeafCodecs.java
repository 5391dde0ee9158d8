package dev.warren.codec;

import dev.warren.domain.model.shared.Bytes;
import java.time.Instant;
import java.util.Map;

/** Codecs of the values that are not made of other values. */
final class LeafCodecs {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private LeafCodecs() {}

  static final ValueCodec BOOLEAN =
      new ValueCodec() {
        @Override
        public void write(Object value, ByteSink out) {
          out.writeByte(cast(Boolean.class, value) ? 1 : 0);
        }

        @Override
        public Object read(ByteSource in) {
          int b = in.readByte();
          return switch (b) {
            case 0 -> Boolean.FALSE;
            case 1 -> Boolean.TRUE;
            default -> throw new CodecException("boolean byte must be 0 or 1, got " + b);
          };
        }
      };

  static final ValueCodec INT =
      new ValueCodec() {
        @Override
        public void write(Object value, ByteSink out) {
          out.writeSignedVarLong(cast(Integer.class, value));
        }

        @Override
        public Object read(ByteSource in) {
          return in.readSignedVarInt();
        }
      };

  static final ValueCodec LONG =
      new ValueCodec() {
        @Override
        public void write(Object value, ByteSink out) {
          out.writeSignedVarLong(cast(Long.class, value));
        }

        @Override
        public Object read(ByteSource in) {
          return in.readSignedVarLong();
        }
      };

  /** Fixed eight bytes; {@code doubleToLongBits} folds every NaN into one, for determinism. */
  static final ValueCodec DOUBLE =
      new ValueCodec() {
        @Override
        public void write(Object value, ByteSink out) {
          out.writeFixedLong(Double.doubleToLongBits(cast(Double.class, value)));
        }

        @Override
        public Object read(ByteSource in) {
          return Double.longBitsToDouble(in.readFixedLong());
        }
      };

  static final ValueCodec STRING =
      new ValueCodec() {
        @Override
        public void write(Object value, ByteSink out) {
          out.writeString(cast(String.class, value));
        }

        @Override
        public Object read(ByteSource in) {
          return in.readString();
        }
      };

  static final ValueCodec INSTANT =
      new ValueCodec() {
        @Override
        public void write(Object value, ByteSink out) {
          Instant instant = cast(Instant.class, value);
          out.writeSignedVarLong(instant.getEpochSecond());
          out.writeVarLong(instant.getNano());
        }

        @Override
        public Object read(ByteSource in) {
          long seconds = in.readSignedVarLong();
          long nanos = in.readVarLong();
          if (nanos < 0 || nanos >= NANOS_PER_SECOND) {
            throw new CodecException("instant nanos " + nanos + " out of range");
          }
          try {
            return Instant.ofEpochSecond(seconds, nanos);
          } catch (RuntimeException e) {
            throw new CodecException("instant of " + seconds + " seconds is out of range", e);
          }
        }
      };

  static final ValueCodec BYTE_ARRAY =
      new ValueCodec() {
        @Override
        public void write(Object value, ByteSink out) {
          out.writeLengthPrefixed(cast(byte[].class, value));
        }

        @Override
        public Object read(ByteSource in) {
          return in.readLengthPrefixed();
        }
      };

  static final ValueCodec BYTES =
      new ValueCodec() {
        @Override
        public void write(Object value, ByteSink out) {
          out.writeLengthPrefixed(cast(Bytes.class, value).toArray());
        }

        @Override
        public Object read(ByteSource in) {
          return Bytes.of(in.readLengthPrefixed());
        }
      };

  private static final Map<Class<?>, ValueCodec> BY_TYPE =
      Map.ofEntries(
          Map.entry(boolean.class, BOOLEAN),
          Map.entry(Boolean.class, BOOLEAN),
          Map.entry(int.class, INT),
          Map.entry(Integer.class, INT),
          Map.entry(long.class, LONG),
          Map.entry(Long.class, LONG),
          Map.entry(double.class, DOUBLE),
          Map.entry(Double.class, DOUBLE),
          Map.entry(String.class, STRING),
          Map.entry(Instant.class, INSTANT),
          Map.entry(byte[].class, BYTE_ARRAY),
          Map.entry(Bytes.class, BYTES));

  /**
   * The tags of top-level leaf values: the simple class names format version 1 wrote, now fixed
   * here.
   */
  private static final Map<Class<?>, String> TAGS =
      Map.ofEntries(
          Map.entry(Boolean.class, "Boolean"),
          Map.entry(Integer.class, "Integer"),
          Map.entry(Long.class, "Long"),
          Map.entry(Double.class, "Double"),
          Map.entry(String.class, "String"),
          Map.entry(Instant.class, "Instant"),
          Map.entry(byte[].class, "byte[]"),
          Map.entry(Bytes.class, "Bytes"));

  /** The tag of a top-level leaf value of {@code type}, or null if it is not a leaf type. */
  static String tagOf(Class<?> type) {
    return TAGS.get(type);
  }

  /** The leaf codec of {@code type}, or null if it is not a leaf type. */
  static ValueCodec of(Class<?> type) {
    return BY_TYPE.get(type);
  }

  static <T> T cast(Class<T> type, Object value) {
    if (value == null) {
      throw new CodecException("null value; the format has no nulls");
    }
    if (!type.isInstance(value)) {
      throw new CodecException(
          "expected " + type.getSimpleName() + " but got " + value.getClass().getName());
    }
    return type.cast(value);
  }
}
