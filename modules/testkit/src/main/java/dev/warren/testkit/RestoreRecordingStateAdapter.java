package dev.warren.testkit;

import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.StateReader;
import dev.warren.domain.port.out.StateWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link ClusterStatePort} that passes everything to another one and records the applied index of
 * every snapshot restored into it, for tests of when a log restores its state.
 */
public final class RestoreRecordingStateAdapter implements ClusterStatePort {
  private final ClusterStatePort delegate;
  private final List<Long> restoredAt = new ArrayList<>();

  public RestoreRecordingStateAdapter(ClusterStatePort delegate) {
    this.delegate = delegate;
  }

  /** The applied index right after each restore, in order; empty if none happened. */
  public synchronized List<Long> restoredAt() {
    return List.copyOf(restoredAt);
  }

  @Override
  public <T> T read(Function<StateReader, T> query) {
    return delegate.read(query);
  }

  @Override
  public void apply(long logIndex, Consumer<StateWriter> mutation) {
    delegate.apply(logIndex, mutation);
  }

  @Override
  public long lastAppliedIndex() {
    return delegate.lastAppliedIndex();
  }

  @Override
  public void writeSnapshot(Path target) {
    delegate.writeSnapshot(target);
  }

  @Override
  public void restoreSnapshot(Path source) {
    delegate.restoreSnapshot(source);
    synchronized (this) {
      restoredAt.add(delegate.lastAppliedIndex());
    }
  }

  @Override
  public void close() {
    delegate.close();
  }
}
