package dev.warren.adapters.storage.codec;

import dev.warren.codec.DomainCodec;
import java.util.Arrays;
import jetbrains.exodus.ArrayByteIterable;
import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.bindings.LongBinding;
import jetbrains.exodus.bindings.StringBinding;

/**
 * Keys are ids and names as Xodus strings, which sort byte-wise; ids and names are ASCII, so that
 * is also {@link String#compareTo} order and cursors list entities ordered by id. Values are {@link
 * DomainCodec} bytes, which carry their own format version.
 */
public final class StoredBytes {
  private StoredBytes() {}

  public static ByteIterable key(String key) {
    return StringBinding.stringToEntry(key);
  }

  public static String string(ByteIterable entry) {
    return StringBinding.entryToString(entry);
  }

  public static ByteIterable entity(Object entity) {
    return new ArrayByteIterable(DomainCodec.encode(entity));
  }

  /**
   * @throws dev.warren.codec.CodecException if the stored bytes are not a {@code type}
   */
  public static <E> E entity(Class<E> type, ByteIterable entry) {
    return DomainCodec.decode(type, Arrays.copyOf(entry.getBytesUnsafe(), entry.getLength()));
  }

  public static ByteIterable number(long value) {
    return LongBinding.longToCompressedEntry(value);
  }

  public static long number(ByteIterable entry) {
    return LongBinding.compressedEntryToLong(entry);
  }
}
