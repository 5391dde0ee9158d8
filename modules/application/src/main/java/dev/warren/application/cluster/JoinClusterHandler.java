package dev.warren.application.cluster;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StateQueries;
import dev.warren.application.security.JoinTokenVerifier;
import dev.warren.domain.model.cluster.PeerAddress;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.GetClusterInfoUseCase;
import dev.warren.domain.port.in.JoinClusterRequest;
import dev.warren.domain.port.in.JoinClusterResult;
import dev.warren.domain.port.in.JoinClusterUseCase;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.util.Objects;

/**
 * Adds a manager to the consensus group: checks the request, then the manager join token against
 * the replicated state (a linearizable read, so a token rotated on another manager a moment ago is
 * refused), then has the log add the member, which waits until the new manager has caught up and
 * the new configuration is committed. Nothing is written to the cluster state; a refused request
 * changes nothing.
 *
 * <p>The joining manager must already run its consensus server, empty, at the given address.
 * Thread-safe; blocks for at most {@link Futures#LOG_TIMEOUT}.
 */
public final class JoinClusterHandler implements JoinClusterUseCase {
  private final StateQueries queries;
  private final ReplicatedLogPort log;
  private final JoinTokenVerifier verifier;
  private final GetClusterInfoUseCase clusterInfo;

  public JoinClusterHandler(
      StateQueries queries,
      ReplicatedLogPort log,
      JoinTokenVerifier verifier,
      GetClusterInfoUseCase clusterInfo) {
    this.queries = Objects.requireNonNull(queries, "queries");
    this.log = Objects.requireNonNull(log, "log");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.clusterInfo = Objects.requireNonNull(clusterInfo, "cluster info");
  }

  @Override
  public JoinClusterResult join(JoinClusterRequest request) {
    NodeId node = NodeId.of(request.nodeId());
    PeerAddress address = PeerAddress.parse("bind address", request.raftAddress());
    queries.read(
        ReadConsistency.LINEARIZABLE,
        reader -> verifier.verify(reader, request.token(), Role.MANAGER, "joining as a manager"));
    Futures.await(
        log.addMember(node.value(), address.toString()),
        "adding manager " + node + " at " + address + " to the group");
    return new JoinClusterResult(JoinClusterResult.JOINED, clusterInfo.get().leaderApiAddress());
  }
}
