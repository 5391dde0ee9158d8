package dev.warren.adapters.storage;

import dev.warren.adapters.storage.schema.StateStores;
import dev.warren.adapters.storage.snapshot.DataDirectory;
import dev.warren.adapters.storage.snapshot.SnapshotArchive;
import dev.warren.adapters.storage.tx.XodusStateReader;
import dev.warren.adapters.storage.tx.XodusStateWriter;
import dev.warren.codec.CodecException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.StateReader;
import dev.warren.domain.port.out.StateWriter;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import jetbrains.exodus.ExodusException;
import jetbrains.exodus.env.Environment;
import jetbrains.exodus.env.EnvironmentConfig;
import jetbrains.exodus.env.Environments;
import jetbrains.exodus.env.Transaction;

/**
 * The cluster state in a JetBrains Xodus environment (key-value stores, not the entity store): one
 * store per entity kind, a unique-name index per named kind and a {@code meta} store with the last
 * applied log index, written in the same transaction as the change. Values are {@link
 * dev.warren.codec.DomainCodec} bytes. With {@link StorageSettings#syncEachCommit()} every commit
 * is forced to disk before {@link #apply} returns, so an applied change survives a machine crash;
 * without it a crash can lose the latest commits (whole transactions, change and index together),
 * and the store reopens at an earlier {@link #lastAppliedIndex()} for the log to replay from.
 *
 * <p>Threading: {@link #apply} calls are serialized (one writer); {@link #read} runs in read-only
 * transactions, concurrently with the writer and other readers, each on one committed snapshot.
 * {@link #writeSnapshot} runs alongside both. {@link #restoreSnapshot} and {@link #close} wait for
 * running calls and block new ones while they swap or release the environment.
 *
 * <p>Failures: Xodus errors while reading or writing surface as {@link UnavailableException}; a
 * data directory that another process holds, or that holds state this version cannot read, as
 * {@link FailedPreconditionException}; use after {@link #close} as {@link IllegalStateException}.
 */
public final class XodusClusterStateAdapter implements ClusterStatePort {
  private static final String LOCKED = "Can't acquire environment lock";

  /**
   * Entries per B-tree page (Xodus' default is 128). Xodus never rewrites a page in place: each
   * commit appends a new copy of every page on the path from a changed entry to the root, so
   * smaller pages make each write cheaper at the price of a deeper tree. With 10,000 services the
   * copies were a third of the CPU of applying a CreateService; with 32 a create costs about a
   * fifth less CPU and reads did not measurably slow (docs/benchmarks.md). It is a balancing rule,
   * not part of the file format: stores written with other page sizes open as they are.
   */
  private static final int TREE_MAX_PAGE_SIZE = 32;

  private final DataDirectory directory;
  private final boolean syncEachCommit;
  // Readers, the writer and snapshot writers share it; restore and close take it exclusively.
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final ReentrantLock writer = new ReentrantLock();
  // Restores take it before the lifecycle lock, so they never wait for it while holding the writer.
  private final ReentrantLock restoring = new ReentrantLock();
  private Environment environment;
  private StateStores stores;
  private volatile long lastApplied;
  private volatile boolean closed;

  /**
   * Opens the state in {@code settings.directory()}, creating it on first use, and finishes or
   * undoes a snapshot install that a crash interrupted.
   *
   * @throws FailedPreconditionException if another warren process uses the directory, or it holds
   *     state that cannot be opened
   */
  public XodusClusterStateAdapter(StorageSettings settings) {
    directory = new DataDirectory(settings.directory());
    syncEachCommit = settings.syncEachCommit();
    directory.recover();
    open();
  }

  private void open() {
    Path path = directory.path();
    environment = openEnvironment(path, syncEachCommit);
    try {
      stores = StateStores.open(environment, path.toString());
      lastApplied = environment.computeInReadonlyTransaction(stores::lastAppliedIndex);
    } catch (RuntimeException e) {
      environment.close();
      throw failedToOpen(path, e);
    }
  }

  private static Environment openEnvironment(Path path, boolean syncEachCommit) {
    var config =
        new EnvironmentConfig()
            .setLogDurableWrite(syncEachCommit)
            .setTreeMaxPageSize(TREE_MAX_PAGE_SIZE)
            .setEnvCloseForcedly(true)
            .setLogLockTimeout(0);
    try {
      return Environments.newInstance(path.toFile(), config);
    } catch (RuntimeException e) {
      throw failedToOpen(path, e);
    }
  }

  private static RuntimeException failedToOpen(Path path, RuntimeException e) {
    if (e instanceof FailedPreconditionException failed) {
      return failed;
    }
    if (e instanceof ExodusException && String.valueOf(e.getMessage()).contains(LOCKED)) {
      return new FailedPreconditionException(
          "data directory "
              + path
              + " is in use by another warren process; stop it or choose another directory",
          e);
    }
    return new FailedPreconditionException(
        "cannot open the cluster state in " + path + ": " + e.getMessage(), e);
  }

  /**
   * {@inheritDoc}
   *
   * @throws UnavailableException if Xodus fails or the stored bytes cannot be decoded
   */
  @Override
  public <T> T read(Function<StateReader, T> query) {
    lifecycle.readLock().lock();
    try {
      requireOpen();
      return environment.computeInReadonlyTransaction(
          txn -> {
            var reader = new XodusStateReader(txn, stores);
            try {
              return query.apply(reader);
            } finally {
              reader.invalidate();
            }
          });
    } catch (ExodusException | CodecException e) {
      throw storeFailed("read", e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The transaction is exclusive. When this returns, the change and its index are committed, and
   * on disk if the settings ask to sync each commit. What the mutation throws is rethrown as it is,
   * except Xodus failures.
   *
   * @throws UnavailableException if Xodus fails to read, write or commit (nothing is applied then,
   *     and the index does not move)
   */
  @Override
  public void apply(long logIndex, Consumer<StateWriter> mutation) {
    RuntimeException rejection;
    lifecycle.readLock().lock();
    writer.lock();
    try {
      requireOpen();
      if (hasApplied(logIndex)) {
        throw new IllegalStateException(
            "log index " + logIndex + " is not after the last applied index " + lastApplied);
      }
      rejection = commit(logIndex, mutation);
      lastApplied = logIndex;
    } finally {
      writer.unlock();
      lifecycle.readLock().unlock();
    }
    if (rejection != null) {
      throw rejection;
    }
  }

  /** Commits the mutation's writes, or only the index if it threw; returns what it threw. */
  private RuntimeException commit(long logIndex, Consumer<StateWriter> mutation) {
    Transaction txn;
    try {
      txn = environment.beginExclusiveTransaction();
    } catch (ExodusException e) {
      throw storeFailed("write", e);
    }
    try {
      var state = new XodusStateWriter(txn, stores);
      RuntimeException rejection = null;
      try {
        mutation.accept(state);
      } catch (ExodusException e) {
        throw storeFailed("write", e);
      } catch (RuntimeException e) {
        rejection = e;
      } finally {
        state.invalidate();
      }
      if (rejection != null) {
        txn.revert();
      }
      stores.setLastAppliedIndex(txn, logIndex);
      if (!txn.commit()) {
        throw new IllegalStateException("another transaction wrote the cluster state concurrently");
      }
      return rejection;
    } catch (ExodusException e) {
      throw storeFailed("commit", e);
    } finally {
      if (!txn.isFinished()) {
        txn.abort();
      }
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
   * <p>The file is a zip of the environment's log files, cut at the moment the copy began; reads
   * and writes continue meanwhile (Xodus only pauses its log cleaner).
   */
  @Override
  public void writeSnapshot(Path target) {
    lifecycle.readLock().lock();
    try {
      requireOpen();
      SnapshotArchive.write(environment.getBackupStrategy(), target);
    } catch (ExodusException e) {
      throw storeFailed("snapshot", e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The archive is extracted next to the state directory and opened once to check it before the
   * current state is closed; then the two directories are swapped and the store reopens. If the new
   * state fails to open, the previous one is put back and reopened.
   */
  @Override
  public void restoreSnapshot(Path source) {
    restoring.lock();
    try {
      requireOpen();
      Path staging = directory.newStaging();
      try {
        SnapshotArchive.extract(source, staging);
        checkOpens(source, staging);
      } catch (RuntimeException e) {
        directory.discardStaging();
        throw e;
      }
      lifecycle.writeLock().lock();
      try {
        requireOpen();
        environment.close();
        swapAndReopen();
      } finally {
        lifecycle.writeLock().unlock();
      }
    } finally {
      restoring.unlock();
    }
  }

  private void swapAndReopen() {
    try {
      directory.swapInStaging();
      open();
    } catch (RuntimeException failed) {
      try {
        directory.rollBack();
        open();
      } catch (RuntimeException again) {
        closed = true;
        failed.addSuppressed(again);
      }
      throw failed;
    }
    directory.commit();
  }

  private static void checkOpens(Path source, Path staging) {
    Environment candidate;
    try {
      candidate = openEnvironment(staging, true);
    } catch (FailedPreconditionException e) {
      throw new IllegalArgumentException(source + " holds no readable cluster state", e);
    }
    try {
      StateStores candidateStores = StateStores.open(candidate, source.toString());
      candidate.computeInReadonlyTransaction(candidateStores::lastAppliedIndex);
    } catch (ExodusException | FailedPreconditionException e) {
      throw new IllegalArgumentException(source + " holds no readable cluster state", e);
    } finally {
      candidate.close();
    }
  }

  /** {@inheritDoc} */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        environment.close();
      }
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the cluster state in " + directory.path() + " is closed");
    }
  }

  private UnavailableException storeFailed(String operation, RuntimeException e) {
    return new UnavailableException(
        "the cluster state in "
            + directory.path()
            + " failed to "
            + operation
            + ": "
            + e.getMessage(),
        e);
  }
}
