package dev.warren.application.cluster;

import dev.warren.application.replication.Futures;
import dev.warren.application.replication.StoredTime;
import dev.warren.domain.change.ClusterChange.ClusterInitialized;
import dev.warren.domain.change.NodeChange.NodeRegistered;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.port.in.InitializeClusterRequest;
import dev.warren.domain.port.in.InitializeClusterUseCase;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.ReplicatedLogPort;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;

/**
 * Creates the cluster on its first manager (CA, cluster record, this manager as a node), or, on a
 * restart, only records this manager's current address.
 */
public record InitializeClusterHandler(
    ClusterStatePort state,
    ReplicatedLogPort log,
    CertificateAuthorityPort certificateAuthority,
    InstantSource clock)
    implements InitializeClusterUseCase {

  @Override
  public Cluster initialize(InitializeClusterRequest request) {
    Cluster cluster = ensureCluster();
    registerSelf(request, StoredTime.now(clock));
    return cluster;
  }

  @Override
  public Cluster ensureCluster() {
    return state
        .read(reader -> reader.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID))
        .orElseGet(() -> createCluster(StoredTime.now(clock)));
  }

  private Cluster createCluster(Instant now) {
    // A manager creates its CA before Raft starts (Raft's TLS needs it); the cluster takes its id.
    CaCertificate ca =
        certificateAuthority
            .load()
            .orElseGet(() -> certificateAuthority.createRoot(ClusterId.random()));
    Cluster cluster = new Cluster(ca.clusterId(), ca.sha256Digest(), now);
    Futures.await(log.propose(new ClusterInitialized(cluster)), "initializing the cluster");
    return cluster;
  }

  private void registerSelf(InitializeClusterRequest request, Instant now) {
    Optional<Node> existing =
        state.read(reader -> reader.get(EntityKind.NODE, request.nodeId().value()));
    Node node =
        Node.registered(
            existing,
            request.nodeId(),
            request.role(),
            request.apiAddress(),
            "",
            existing.map(Node::resources).orElse(NodeResources.NONE),
            existing.map(Node::labels).orElse(Map.of()),
            now);
    Futures.await(log.propose(new NodeRegistered(node)), "registering node " + request.nodeId());
  }
}
