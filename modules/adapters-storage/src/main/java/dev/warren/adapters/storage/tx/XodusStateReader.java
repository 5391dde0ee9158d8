package dev.warren.adapters.storage.tx;

import dev.warren.adapters.storage.codec.StoredBytes;
import dev.warren.adapters.storage.schema.StateStores;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.env.Cursor;
import jetbrains.exodus.env.Transaction;

/**
 * Reads through one Xodus transaction, so every call sees the same snapshot; valid only while the
 * callback it was handed to runs (the transaction ends with it).
 */
public class XodusStateReader implements StateReader {
  protected final Transaction txn;
  protected final StateStores stores;
  private boolean valid = true;

  public XodusStateReader(Transaction txn, StateStores stores) {
    this.txn = txn;
    this.stores = stores;
  }

  /** Ends this view; any later call fails instead of touching a finished transaction. */
  public void invalidate() {
    valid = false;
  }

  @Override
  public <E> Optional<E> get(EntityKind<E> kind, String id) {
    requireValid();
    ByteIterable stored = stores.entities(kind).get(txn, StoredBytes.key(id));
    return stored == null ? Optional.empty() : Optional.of(decode(kind, id, stored));
  }

  @Override
  public <E> Optional<E> findByName(EntityKind<E> kind, String name) {
    requireValid();
    ByteIterable id = stores.names(kind).get(txn, StoredBytes.key(name));
    return id == null ? Optional.empty() : get(kind, StoredBytes.string(id));
  }

  @Override
  public <E> List<E> list(EntityKind<E> kind) {
    requireValid();
    var entities = new ArrayList<E>();
    try (Cursor cursor = stores.entities(kind).openCursor(txn)) {
      while (cursor.getNext()) {
        entities.add(decode(kind, cursor));
      }
    }
    return entities;
  }

  /** {@inheritDoc} A cursor seek to {@code fromId}, then at most {@code limit} steps. */
  @Override
  public <E> List<E> listFrom(EntityKind<E> kind, String fromId, int limit) {
    requireValid();
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
    var entities = new ArrayList<E>();
    if (limit == 0) {
      return entities;
    }
    try (Cursor cursor = stores.entities(kind).openCursor(txn)) {
      ByteIterable value = cursor.getSearchKeyRange(StoredBytes.key(fromId));
      while (value != null && entities.size() < limit) {
        entities.add(decode(kind, StoredBytes.string(cursor.getKey()), value));
        value = cursor.getNext() ? cursor.getValue() : null;
      }
    }
    return entities;
  }

  /** {@inheritDoc} A cursor seek to the end. */
  @Override
  public <E> Optional<E> last(EntityKind<E> kind) {
    requireValid();
    try (Cursor cursor = stores.entities(kind).openCursor(txn)) {
      return cursor.getLast() ? Optional.of(decode(kind, cursor)) : Optional.empty();
    }
  }

  @Override
  public long count(EntityKind<?> kind) {
    requireValid();
    return stores.entities(kind).count(txn);
  }

  @Override
  public long lastAppliedIndex() {
    requireValid();
    return stores.lastAppliedIndex(txn);
  }

  private <E> E decode(EntityKind<E> kind, Cursor cursor) {
    return decode(kind, StoredBytes.string(cursor.getKey()), cursor.getValue());
  }

  private <E> E decode(EntityKind<E> kind, String id, ByteIterable stored) {
    return stores.decoded().decode(kind.type(), id, stored);
  }

  protected final void requireValid() {
    if (!valid) {
      throw new IllegalStateException("a state view is valid only inside its callback");
    }
  }
}
