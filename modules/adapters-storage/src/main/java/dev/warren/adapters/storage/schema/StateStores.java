package dev.warren.adapters.storage.schema;

import dev.warren.adapters.storage.codec.DecodedEntities;
import dev.warren.adapters.storage.codec.StoredBytes;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.port.out.EntityKind;
import java.util.IdentityHashMap;
import java.util.Map;
import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.env.Environment;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.StoreConfig;
import jetbrains.exodus.env.Transaction;

/**
 * The layout: one store per entity kind ({@code kind.name()}, id to entity), one unique-name index
 * per kind with names ({@code kind.name() + "#names"}, name to id), and {@code meta} with the last
 * applied log index and the schema version. Store handles outlive transactions, so they are opened
 * once per environment; so is the cache of decoded entities its readers share.
 */
public final class StateStores {
  /** Bumped when the layout changes; a store with another version is refused, not guessed at. */
  public static final long SCHEMA_VERSION = 1;

  private static final String META = "meta";
  private static final ByteIterable LAST_APPLIED_INDEX = StoredBytes.key("last-applied-index");
  private static final ByteIterable SCHEMA = StoredBytes.key("schema-version");

  private final Map<EntityKind<?>, Store> entities = new IdentityHashMap<>();
  private final Map<EntityKind<?>, Store> names = new IdentityHashMap<>();
  private final Store meta;
  private final DecodedEntities decoded = new DecodedEntities();

  private StateStores(Environment environment, Transaction txn) {
    for (EntityKind<?> kind : EntityKind.all()) {
      entities.put(kind, environment.openStore(kind.name(), StoreConfig.WITHOUT_DUPLICATES, txn));
      if (kind.hasUniqueNames()) {
        names.put(
            kind,
            environment.openStore(kind.name() + "#names", StoreConfig.WITHOUT_DUPLICATES, txn));
      }
    }
    meta = environment.openStore(META, StoreConfig.WITHOUT_DUPLICATES, txn);
  }

  /**
   * Opens (creating on first use) every store of the layout in {@code environment}.
   *
   * @throws FailedPreconditionException if the environment was written with another schema version
   */
  public static StateStores open(Environment environment, String location) {
    return environment.computeInTransaction(
        txn -> {
          var stores = new StateStores(environment, txn);
          ByteIterable stored = stores.meta.get(txn, SCHEMA);
          if (stored == null) {
            stores.meta.put(txn, SCHEMA, StoredBytes.number(SCHEMA_VERSION));
          } else if (StoredBytes.number(stored) != SCHEMA_VERSION) {
            throw new FailedPreconditionException(
                "the cluster state in "
                    + location
                    + " has schema version "
                    + StoredBytes.number(stored)
                    + "; this warren reads version "
                    + SCHEMA_VERSION);
          }
          return stores;
        });
  }

  public Store entities(EntityKind<?> kind) {
    return entities.get(kind);
  }

  /**
   * The name index of {@code kind}.
   *
   * @throws IllegalArgumentException if {@code kind} has no unique names
   */
  public Store names(EntityKind<?> kind) {
    Store store = names.get(kind);
    if (store == null) {
      throw new IllegalArgumentException(kind + " entities have no unique names");
    }
    return store;
  }

  /** Decoded entities shared by every transaction on this environment. */
  public DecodedEntities decoded() {
    return decoded;
  }

  public long lastAppliedIndex(Transaction txn) {
    ByteIterable stored = meta.get(txn, LAST_APPLIED_INDEX);
    return stored == null ? 0 : StoredBytes.number(stored);
  }

  public void setLastAppliedIndex(Transaction txn, long index) {
    meta.put(txn, LAST_APPLIED_INDEX, StoredBytes.number(index));
  }
}
