package dev.warren.domain.port.out;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The materialized cluster state that every manager keeps, written only by applying committed log
 * entries. Implementations are transactional and store the last applied log index in the same
 * transaction as the change it belongs to, so a crash never leaves a change applied without its
 * index or the other way round.
 *
 * <p>Threading: {@link #apply} is called by one thread at a time (the log's apply thread); {@link
 * #read} may run concurrently with it and with itself and always sees a committed state.
 */
public interface ClusterStatePort extends AutoCloseable {

  /** Runs {@code query} against a consistent snapshot of the state and returns its result. */
  <T> T read(Function<StateReader, T> query);

  /**
   * Applies the log entry at {@code logIndex}: runs {@code mutation} in one transaction and records
   * {@code logIndex} as the last applied index in that same transaction.
   *
   * <p>If {@code mutation} throws, none of its writes are kept, the applied index is still advanced
   * to {@code logIndex} (a rejected entry is still applied, as a no-op) and the exception is
   * rethrown. So replay stays deterministic.
   *
   * @throws IllegalStateException if the state {@linkplain #hasApplied has applied} {@code
   *     logIndex} already; callers skip such entries
   */
  void apply(long logIndex, Consumer<StateWriter> mutation);

  /** Index of the last applied log entry, 0 for a new store. */
  long lastAppliedIndex();

  /**
   * Whether the log entry at {@code logIndex} is already part of this state: the one rule by which
   * a replayed entry is told apart from a new one (entries are applied in index order, so every
   * index up to the last applied one is in).
   */
  default boolean hasApplied(long logIndex) {
    return logIndex <= lastAppliedIndex();
  }

  /**
   * Writes a consistent copy of the whole state, with its applied index, to {@code target} (a file
   * that must not exist yet). Concurrent reads are not blocked.
   *
   * @throws java.io.UncheckedIOException if the copy cannot be written
   */
  void writeSnapshot(Path target);

  /**
   * Replaces the whole state with the snapshot in {@code source}, as written by {@link
   * #writeSnapshot}; afterwards {@link #lastAppliedIndex} is the snapshot's index.
   *
   * @throws java.io.UncheckedIOException if the snapshot cannot be read
   * @throws IllegalArgumentException if {@code source} is not a snapshot of this store's format
   */
  void restoreSnapshot(Path source);

  /** Closes the store; idempotent. */
  @Override
  void close();
}
