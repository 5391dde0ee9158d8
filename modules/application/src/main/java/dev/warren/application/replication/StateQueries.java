package dev.warren.application.replication;

import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import dev.warren.domain.port.out.StateReader;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Reads of the local state at the consistency a caller asked for. */
public final class StateQueries {
  private final ClusterStatePort state;
  private final ReplicatedLogPort log;

  public StateQueries(ClusterStatePort state, ReplicatedLogPort log) {
    this.state = state;
    this.log = log;
  }

  /**
   * Runs {@code query} on the local state; a linearizable read first waits for the log's read
   * barrier, so it sees every write acknowledged before it began, on any manager.
   */
  public <T> T read(ReadConsistency consistency, Function<StateReader, T> query) {
    if (consistency == ReadConsistency.LINEARIZABLE) {
      Futures.await(log.readBarrier(), "linearizable read");
    }
    return state.read(query);
  }

  /**
   * Runs {@code query} on the local state once it holds every write acknowledged before the call
   * began, on whichever manager it runs: what a write decides from (the version it checks, the name
   * it finds taken or free) is then never older than what its caller already saw acknowledged. A
   * follower that lags would otherwise refuse an update of a service just created elsewhere.
   */
  public static <T> T current(
      ClusterStatePort state, ReplicatedLogPort log, Function<StateReader, T> query) {
    Futures.await(log.readBarrier(), "linearizable read");
    return state.read(query);
  }

  /**
   * Every entity of {@code kind}, each as {@code view} shows it, ordered by the name {@code name}
   * reads from that view: the shape of every "list the nouns" use case.
   */
  public <E, V> List<V> listByName(
      ReadConsistency consistency,
      EntityKind<E> kind,
      Function<E, V> view,
      Function<V, String> name) {
    return read(
        consistency,
        reader -> reader.list(kind).stream().map(view).sorted(Comparator.comparing(name)).toList());
  }
}
