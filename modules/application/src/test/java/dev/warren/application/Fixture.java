package dev.warren.application;

import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.InMemoryReplicatedLogAdapter;
import dev.warren.testkit.MutableInstantSource;
import java.time.Instant;

/** One manager's worth of in-memory adapters, wired the way bootstrap wires the real ones. */
public final class Fixture {
  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  public final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  public final ApplyCommittedChangeHandler apply = new ApplyCommittedChangeHandler(state);
  public final InMemoryReplicatedLogAdapter log = new InMemoryReplicatedLogAdapter(apply);
  public final MutableInstantSource clock = new MutableInstantSource(T0);
}
