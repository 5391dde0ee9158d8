package dev.warren.adapters.storage.codec;

import dev.warren.codec.DomainCodec;
import jetbrains.exodus.ArrayByteIterable;
import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.bindings.LongBinding;
import jetbrains.exodus.bindings.StringBinding;

/**
 * Keys are ids and names as Xodus strings, which sort byte-wise; ids and names are ASCII, so that
 * is also {@link String#compareTo} order and cursors list entities ordered by id. Values are {@link
 * DomainCodec} bytes, which carry their own format version; {@link DecodedEntities} decodes them.
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

  public static ByteIterable number(long value) {
    return LongBinding.longToCompressedEntry(value);
  }

  public static long number(ByteIterable entry) {
    return LongBinding.compressedEntryToLong(entry);
  }
}
