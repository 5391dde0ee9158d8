package dev.warren.application;

import dev.warren.application.cluster.GenerateJoinTokenHandler;
import dev.warren.application.replication.ApplyCommittedChangeHandler;
import dev.warren.domain.change.ClusterChange.ClusterInitialized;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GenerateJoinTokenRequest;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import dev.warren.testkit.InMemoryJoinTokenSecretAdapter;
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
  public final InMemoryJoinTokenSecretAdapter joinTokenSecrets =
      new InMemoryJoinTokenSecretAdapter();
  public final GenerateJoinTokenHandler joinTokens =
      new GenerateJoinTokenHandler(state, log, clock, joinTokenSecrets);

  /**
   * Commits the initialization of cluster {@code id}, whose CA certificate has {@code caDigest}.
   */
  public void initializeCluster(ClusterId id, String caDigest) {
    log.propose(new ClusterInitialized(new Cluster(id, caDigest, T0))).join();
  }

  /** A new join token for {@code role}, alongside the ones already issued. */
  public String joinToken(Role role) {
    return joinTokens.generate(new GenerateJoinTokenRequest(role)).token();
  }
}
