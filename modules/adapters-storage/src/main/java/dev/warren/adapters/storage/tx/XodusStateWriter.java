package dev.warren.adapters.storage.tx;

import dev.warren.adapters.storage.codec.StoredBytes;
import dev.warren.adapters.storage.schema.StateStores;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;
import java.util.Objects;
import java.util.Optional;
import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.Transaction;

/** Writes into one exclusive Xodus transaction, keeping each kind's unique-name index in step. */
public final class XodusStateWriter extends XodusStateReader implements StateWriter {

  public XodusStateWriter(Transaction txn, StateStores stores) {
    super(txn, stores);
  }

  @Override
  public <E> void put(EntityKind<E> kind, E entity) {
    requireValid();
    E checked = kind.type().cast(Objects.requireNonNull(entity, "entity"));
    String id = kind.idOf(checked);
    Optional<String> name = kind.nameOf(checked);
    if (name.isPresent()) {
      Store names = stores.names(kind);
      ByteIterable nameKey = StoredBytes.key(name.get());
      ByteIterable owner = names.get(txn, nameKey);
      if (owner != null && !StoredBytes.string(owner).equals(id)) {
        throw new IllegalStateException(
            kind
                + " name "
                + name.get()
                + " is already held by "
                + kind
                + " "
                + StoredBytes.string(owner));
      }
      if (owner == null) {
        get(kind, id)
            .flatMap(kind::nameOf)
            .ifPresent(previous -> names.delete(txn, StoredBytes.key(previous)));
        names.put(txn, nameKey, StoredBytes.key(id));
      }
    }
    stores.entities(kind).put(txn, StoredBytes.key(id), StoredBytes.entity(checked));
  }

  @Override
  public <E> void delete(EntityKind<E> kind, String id) {
    requireValid();
    ByteIterable key = StoredBytes.key(id);
    Optional<E> existing = get(kind, id);
    if (existing.isEmpty()) {
      return;
    }
    kind.nameOf(existing.get())
        .ifPresent(name -> stores.names(kind).delete(txn, StoredBytes.key(name)));
    stores.entities(kind).delete(txn, key);
  }
}
