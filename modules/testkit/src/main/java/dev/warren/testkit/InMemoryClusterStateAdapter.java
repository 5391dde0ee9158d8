package dev.warren.testkit;

import dev.warren.codec.CodecException;
import dev.warren.codec.DomainCodec;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import dev.warren.domain.port.out.StateWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A {@link ClusterStatePort} in memory, with the same transactional contract as the Xodus store: a
 * mutation's writes become visible all at once when it returns, or not at all when it throws, and
 * the applied index moves in both cases.
 *
 * <p>Threading: {@link #apply} and {@link #restoreSnapshot} are serialized; {@link #read} runs
 * concurrently with them and with other reads and sees committed state only (a read-write lock is
 * held for a read's whole query and for the moment a transaction publishes its writes). Snapshots
 * are files in a small format of this class (magic, version, index, then each entity encoded with
 * {@link DomainCodec}, then a CRC-32).
 */
public final class InMemoryClusterStateAdapter implements ClusterStatePort {
  private static final byte[] MAGIC = "WRNMEMSS".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_ENTITY_BYTES = 64 << 20;
  private static final int SNAPSHOT_VERSION = 1;
  // Markers in a transaction's buffers: an id that was deleted, a name that was given up (ids are
  // never empty, so "" cannot be a real owner).
  private static final Object DELETED = new Object();
  private static final String NAME_FREED = "";

  private final ReentrantReadWriteLock visibility = new ReentrantReadWriteLock();
  private final ReentrantLock writers = new ReentrantLock();
  private Tables committed = new Tables();
  private volatile long lastApplied;
  private volatile boolean closed;

  /** An empty store at index 0. */
  public InMemoryClusterStateAdapter() {}

  /** {@inheritDoc} */
  @Override
  public <T> T read(Function<StateReader, T> query) {
    visibility.readLock().lock();
    try {
      requireOpen();
      var view = new CommittedView(committed, lastApplied);
      try {
        return query.apply(view);
      } finally {
        view.valid = false;
      }
    } finally {
      visibility.readLock().unlock();
    }
  }

  /** {@inheritDoc} */
  @Override
  public void apply(long logIndex, Consumer<StateWriter> mutation) {
    writers.lock();
    try {
      requireOpen();
      if (hasApplied(logIndex)) {
        throw new IllegalStateException(
            "log index " + logIndex + " is not after the last applied index " + lastApplied);
      }
      var transaction = new Transaction(committed, lastApplied);
      try {
        mutation.accept(transaction);
      } catch (RuntimeException | Error rejected) {
        publish(null, logIndex);
        throw rejected;
      } finally {
        transaction.valid = false;
      }
      publish(transaction, logIndex);
    } finally {
      writers.unlock();
    }
  }

  private void publish(Transaction transaction, long logIndex) {
    visibility.writeLock().lock();
    try {
      if (transaction != null) {
        transaction.commitInto(committed);
      }
      lastApplied = logIndex;
    } finally {
      visibility.writeLock().unlock();
    }
  }

  /** {@inheritDoc} */
  @Override
  public long lastAppliedIndex() {
    return lastApplied;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The state is copied (references only) under the read lock and written without it.
   */
  @Override
  public void writeSnapshot(Path target) {
    long index;
    Map<EntityKind<?>, List<Object>> copy = new IdentityHashMap<>();
    visibility.readLock().lock();
    try {
      requireOpen();
      index = lastApplied;
      for (EntityKind<?> kind : EntityKind.all()) {
        copy.put(kind, new ArrayList<>(committed.entities(kind).values()));
      }
    } finally {
      visibility.readLock().unlock();
    }
    OutputStream file;
    try {
      file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the state snapshot " + target, e);
    }
    try (file) {
      var checksum = new CheckedOutputStream(new BufferedOutputStream(file), new CRC32());
      var out = new DataOutputStream(checksum);
      out.write(MAGIC);
      out.writeInt(SNAPSHOT_VERSION);
      out.writeLong(index);
      out.writeInt(EntityKind.all().size());
      for (EntityKind<?> kind : EntityKind.all()) {
        List<Object> entities = copy.get(kind);
        out.writeUTF(kind.name());
        out.writeInt(entities.size());
        for (Object entity : entities) {
          byte[] bytes = DomainCodec.encode(entity);
          out.writeInt(bytes.length);
          out.write(bytes);
        }
      }
      out.flush();
      out.writeLong(checksum.getChecksum().getValue());
      out.flush();
    } catch (IOException e) {
      deleteQuietly(target);
      throw new UncheckedIOException("cannot write the state snapshot to " + target, e);
    }
  }

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException ignored) {
      // The write failure is what the caller needs to see.
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The file is read and checked completely before the current state is replaced.
   */
  @Override
  public void restoreSnapshot(Path source) {
    Tables restored = new Tables();
    long index;
    try (InputStream file = Files.newInputStream(source)) {
      var checksum = new CheckedInputStream(new BufferedInputStream(file), new CRC32());
      var in = new DataInputStream(checksum);
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IllegalArgumentException(source + " is not a snapshot of an in-memory store");
      }
      int version = in.readInt();
      if (version != SNAPSHOT_VERSION) {
        throw new IllegalArgumentException(
            source + " has snapshot format version " + version + "; expected " + SNAPSHOT_VERSION);
      }
      index = in.readLong();
      int kinds = in.readInt();
      for (int k = 0; k < kinds; k++) {
        readKind(in, restored, source);
      }
      long expected = checksum.getChecksum().getValue();
      if (in.readLong() != expected || in.read() != -1) {
        throw new IllegalArgumentException(source + " is corrupt: checksum mismatch");
      }
    } catch (EOFException e) {
      throw new IllegalArgumentException(source + " is truncated", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state snapshot " + source, e);
    }
    writers.lock();
    try {
      requireOpen();
      visibility.writeLock().lock();
      try {
        committed = restored;
        lastApplied = index;
      } finally {
        visibility.writeLock().unlock();
      }
    } finally {
      writers.unlock();
    }
  }

  private static void readKind(DataInputStream in, Tables restored, Path source)
      throws IOException {
    String kindName = in.readUTF();
    EntityKind<?> kind =
        EntityKind.all().stream()
            .filter(candidate -> candidate.name().equals(kindName))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException(source + " holds unknown kind " + kindName));
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      int length = in.readInt();
      if (length < 0 || length > MAX_ENTITY_BYTES) {
        throw new IllegalArgumentException(source + " is corrupt: bad entity length " + length);
      }
      byte[] bytes = in.readNBytes(length);
      if (bytes.length != length) {
        throw new EOFException();
      }
      decodeInto(restored, kind, bytes, source);
    }
  }

  private static <E> void decodeInto(Tables tables, EntityKind<E> kind, byte[] bytes, Path source) {
    E entity;
    try {
      entity = DomainCodec.decode(kind.type(), bytes);
    } catch (CodecException e) {
      throw new IllegalArgumentException(source + " is corrupt: " + e.getMessage(), e);
    }
    tables.insert(kind, entity, source);
  }

  /** Closes the store; later calls fail with {@link IllegalStateException}. Idempotent. */
  @Override
  public void close() {
    closed = true;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the in-memory cluster state is closed");
    }
  }

  /**
   * Entities by kind and id, and the unique-name index. Every kind's maps exist from the start, so
   * concurrent readers never change the outer maps; the inner ones change only under both locks.
   */
  private static final class Tables {
    private final Map<EntityKind<?>, TreeMap<String, Object>> entities = new IdentityHashMap<>();
    private final Map<EntityKind<?>, Map<String, String>> idsByName = new IdentityHashMap<>();

    Tables() {
      for (EntityKind<?> kind : EntityKind.all()) {
        entities.put(kind, new TreeMap<>());
        idsByName.put(kind, new HashMap<>());
      }
    }

    TreeMap<String, Object> entities(EntityKind<?> kind) {
      return entities.get(kind);
    }

    Map<String, String> idsByName(EntityKind<?> kind) {
      return idsByName.get(kind);
    }

    <E> void insert(EntityKind<E> kind, E entity, Path source) {
      String id = kind.idOf(entity);
      if (entities(kind).put(id, entity) != null) {
        throw new IllegalArgumentException(source + " holds " + kind + " " + id + " twice");
      }
      Optional<String> name = kind.nameOf(entity);
      if (name.isPresent() && idsByName(kind).put(name.get(), id) != null) {
        throw new IllegalArgumentException(
            source + " holds two " + kind + " entities named " + name.get());
      }
    }
  }

  /** Reads of committed state; valid only inside the callback it was handed to. */
  private static class CommittedView implements StateReader {
    final Tables base;
    final long index;
    boolean valid = true;

    CommittedView(Tables base, long index) {
      this.base = base;
      this.index = index;
    }

    @Override
    public <E> Optional<E> get(EntityKind<E> kind, String id) {
      requireValid();
      return Optional.ofNullable(kind.type().cast(base.entities(kind).get(id)));
    }

    @Override
    public <E> Optional<E> findByName(EntityKind<E> kind, String name) {
      requireNamed(kind);
      String id = ownerOf(kind, name);
      return id == null ? Optional.empty() : get(kind, id);
    }

    String ownerOf(EntityKind<?> kind, String name) {
      return base.idsByName(kind).get(name);
    }

    @Override
    public <E> List<E> list(EntityKind<E> kind) {
      requireValid();
      return base.entities(kind).values().stream().map(kind.type()::cast).toList();
    }

    @Override
    public <E> List<E> listFrom(EntityKind<E> kind, String fromId, int limit) {
      requireLimit(limit);
      return merged(
          kind,
          base.entities(kind).tailMap(fromId, true),
          changes(kind).tailMap(fromId, true),
          Comparator.naturalOrder(),
          limit);
    }

    @Override
    public <E> Optional<E> last(EntityKind<E> kind) {
      requireValid();
      return merged(
              kind,
              base.entities(kind).descendingMap(),
              changes(kind).descendingMap(),
              Comparator.<String>reverseOrder(),
              1)
          .stream()
          .findFirst();
    }

    /** This view's uncommitted writes of {@code kind}: none for committed state. */
    NavigableMap<String, Object> changes(EntityKind<?> kind) {
      return new TreeMap<>();
    }

    /**
     * Up to {@code limit} entities of two maps walked in {@code order}: an id in {@code changes}
     * wins over the same id in {@code committed}, and {@link #DELETED} hides it.
     */
    final <E> List<E> merged(
        EntityKind<E> kind,
        NavigableMap<String, Object> committed,
        NavigableMap<String, Object> changes,
        Comparator<String> order,
        int limit) {
      requireValid();
      var result = new ArrayList<E>();
      Iterator<Map.Entry<String, Object>> olds = committed.entrySet().iterator();
      Iterator<Map.Entry<String, Object>> news = changes.entrySet().iterator();
      Map.Entry<String, Object> old = olds.hasNext() ? olds.next() : null;
      Map.Entry<String, Object> neu = news.hasNext() ? news.next() : null;
      while (result.size() < limit && (old != null || neu != null)) {
        int compared =
            old == null ? 1 : neu == null ? -1 : order.compare(old.getKey(), neu.getKey());
        Object value;
        if (compared < 0) {
          value = old.getValue();
          old = olds.hasNext() ? olds.next() : null;
        } else {
          value = neu.getValue();
          if (compared == 0) {
            old = olds.hasNext() ? olds.next() : null;
          }
          neu = news.hasNext() ? news.next() : null;
        }
        if (value != DELETED) {
          result.add(kind.type().cast(value));
        }
      }
      return result;
    }

    static void requireLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must not be negative, got " + limit);
      }
    }

    @Override
    public long count(EntityKind<?> kind) {
      requireValid();
      return base.entities(kind).size();
    }

    @Override
    public long lastAppliedIndex() {
      requireValid();
      return index;
    }

    final void requireValid() {
      if (!valid) {
        throw new IllegalStateException("a state view is valid only inside its callback");
      }
    }

    final void requireNamed(EntityKind<?> kind) {
      requireValid();
      if (!kind.hasUniqueNames()) {
        throw new IllegalArgumentException(kind + " entities have no unique names");
      }
    }
  }

  /**
   * Writes buffered over the committed state, read back by the transaction itself and published in
   * one step. Runs on the single writer thread, which may read the committed tables without the
   * read lock because only writers change them.
   */
  private static final class Transaction extends CommittedView implements StateWriter {
    private final Map<EntityKind<?>, TreeMap<String, Object>> changed = new IdentityHashMap<>();
    private final Map<EntityKind<?>, Map<String, String>> renamed = new IdentityHashMap<>();

    Transaction(Tables base, long lastApplied) {
      super(base, lastApplied);
    }

    private TreeMap<String, Object> changed(EntityKind<?> kind) {
      return changed.computeIfAbsent(kind, k -> new TreeMap<>());
    }

    @Override
    NavigableMap<String, Object> changes(EntityKind<?> kind) {
      return changed(kind);
    }

    private Map<String, String> renamed(EntityKind<?> kind) {
      return renamed.computeIfAbsent(kind, k -> new HashMap<>());
    }

    @Override
    public <E> Optional<E> get(EntityKind<E> kind, String id) {
      requireValid();
      Map<String, Object> changes = changed(kind);
      if (changes.containsKey(id)) {
        Object value = changes.get(id);
        return value == DELETED ? Optional.empty() : Optional.of(kind.type().cast(value));
      }
      return super.get(kind, id);
    }

    @Override
    String ownerOf(EntityKind<?> kind, String name) {
      String owner = renamed(kind).get(name);
      if (owner != null) {
        return owner.equals(NAME_FREED) ? null : owner;
      }
      return super.ownerOf(kind, name);
    }

    @Override
    public <E> List<E> list(EntityKind<E> kind) {
      requireValid();
      var merged = new TreeMap<>(base.entities(kind));
      changed(kind)
          .forEach(
              (id, value) -> {
                if (value == DELETED) {
                  merged.remove(id);
                } else {
                  merged.put(id, value);
                }
              });
      return merged.values().stream().map(kind.type()::cast).toList();
    }

    @Override
    public long count(EntityKind<?> kind) {
      requireValid();
      long count = base.entities(kind).size();
      for (var change : changed(kind).entrySet()) {
        boolean existed = base.entities(kind).containsKey(change.getKey());
        if (change.getValue() == DELETED && existed) {
          count--;
        } else if (change.getValue() != DELETED && !existed) {
          count++;
        }
      }
      return count;
    }

    @Override
    public <E> void put(EntityKind<E> kind, E entity) {
      requireValid();
      E checked = kind.type().cast(Objects.requireNonNull(entity, "entity"));
      // A persistent store encodes every entity; fail here too rather than at the next snapshot.
      DomainCodec.encode(checked);
      String id = kind.idOf(checked);
      Optional<String> name = kind.nameOf(checked);
      if (name.isPresent()) {
        String owner = ownerOf(kind, name.get());
        if (owner != null && !owner.equals(id)) {
          throw new IllegalStateException(
              kind + " name " + name.get() + " is already held by " + kind + " " + owner);
        }
        get(kind, id)
            .flatMap(kind::nameOf)
            .filter(previous -> !previous.equals(name.get()))
            .ifPresent(previous -> renamed(kind).put(previous, NAME_FREED));
        renamed(kind).put(name.get(), id);
      }
      changed(kind).put(id, checked);
    }

    @Override
    public <E> void delete(EntityKind<E> kind, String id) {
      requireValid();
      Optional<E> existing = get(kind, id);
      if (existing.isEmpty()) {
        return;
      }
      kind.nameOf(existing.get()).ifPresent(name -> renamed(kind).put(name, NAME_FREED));
      changed(kind).put(id, DELETED);
    }

    void commitInto(Tables target) {
      changed.forEach(
          (kind, changes) ->
              changes.forEach(
                  (id, value) -> {
                    if (value == DELETED) {
                      target.entities(kind).remove(id);
                    } else {
                      target.entities(kind).put(id, value);
                    }
                  }));
      renamed.forEach(
          (kind, names) ->
              names.forEach(
                  (name, owner) -> {
                    if (owner.equals(NAME_FREED)) {
                      target.idsByName(kind).remove(name);
                    } else {
                      target.idsByName(kind).put(name, owner);
                    }
                  }));
    }
  }
}
