package dev.warren.adapters.storage.codec;

import dev.warren.codec.DomainCodec;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import jetbrains.exodus.ByteIterable;

/**
 * The last decoded value of each stored entity, reused while the stored bytes stay the same.
 * Decoding is about half of the CPU of reading one entity (the codec builds records through method
 * handles); comparing a few hundred bytes is a small fraction of that.
 *
 * <p>Always correct, whatever the transaction: a cached entity is returned only when the bytes a
 * reader just read from its own transaction equal the bytes it was decoded from, so there is
 * nothing to invalidate when a change is applied, a snapshot restored or two readers see different
 * versions. Entities are immutable records (the codec builds unmodifiable lists and maps, byte
 * strings are {@code Bytes}), so one instance can be handed to many callers.
 *
 * <p>Bounded: it keeps at most one entry per (type, id), and a type's entries are emptied once they
 * number {@value #MAX_ENTRIES}, which also drops the entries of deleted entities. Thread-safe.
 *
 * <p>Keyed by type, then by id string: a control loop lists every stored entity on each pass, so
 * this look-up runs tens of thousands of times a second; a record key's generated {@code equals}
 * (method-handle based, not inlined there) was about 6 % of a manager's CPU under a stream of
 * creates.
 */
public final class DecodedEntities {
  static final int MAX_ENTRIES = 100_000;

  private final ConcurrentMap<Class<?>, ConcurrentMap<String, Decoded>> byType =
      new ConcurrentHashMap<>();

  private record Decoded(byte[] bytes, Object entity) {}

  /**
   * The entity {@code stored} holds, decoded now or earlier from equal bytes.
   *
   * @param id the entity's key in its store; only scopes the cache
   * @throws dev.warren.codec.CodecException if the stored bytes are not a {@code type}
   */
  public <E> E decode(Class<E> type, String id, ByteIterable stored) {
    byte[] raw = stored.getBytesUnsafe();
    int length = stored.getLength();
    ConcurrentMap<String, Decoded> entries = entriesOf(type);
    Decoded cached = entries.get(id);
    if (cached != null && Arrays.equals(cached.bytes(), 0, cached.bytes().length, raw, 0, length)) {
      return type.cast(cached.entity());
    }
    byte[] bytes = Arrays.copyOf(raw, length);
    E entity = DomainCodec.decode(type, bytes);
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(id, new Decoded(bytes, entity));
    return entity;
  }

  private ConcurrentMap<String, Decoded> entriesOf(Class<?> type) {
    ConcurrentMap<String, Decoded> entries = byType.get(type);
    return entries != null
        ? entries
        : byType.computeIfAbsent(type, unused -> new ConcurrentHashMap<>());
  }

  int size() {
    return byType.values().stream().mapToInt(ConcurrentMap::size).sum();
  }
}
