package dev.warren.adapters.grpc;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnavailableException;
import dev.warren.domain.port.in.JoinClusterRequest;
import dev.warren.domain.port.in.JoinClusterResult;
import dev.warren.domain.port.in.JoinClusterUseCase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers JoinCluster with "joined" and {@link #LEADER_API}; refuses {@link #WORKER_TOKEN} as the
 * real verifier does, a node id {@link #UNREACHABLE_NODE} as a member that never answered, and an
 * empty node id. Records the requests it accepted.
 */
final class FakeJoinClusterUseCase implements JoinClusterUseCase {
  static final String LEADER_API = "10.1.0.1:8080";
  static final String WORKER_TOKEN = "WRN-1-abc-worker";
  static final String UNREACHABLE_NODE = "manager-9";

  final List<JoinClusterRequest> requests = new CopyOnWriteArrayList<>();

  @Override
  public JoinClusterResult join(JoinClusterRequest request) {
    if (request.nodeId().isEmpty()) {
      throw new InvalidSpecException("node id is required");
    }
    if (request.token().equals(WORKER_TOKEN)) {
      throw new PermissionDeniedException(
          "the join token is a worker token; joining as a manager needs a manager token");
    }
    if (request.nodeId().equals(UNREACHABLE_NODE)) {
      throw new UnavailableException(
          "member manager-9 at " + request.raftAddress() + " did not answer the leader in time");
    }
    requests.add(request);
    return new JoinClusterResult(JoinClusterResult.JOINED, LEADER_API);
  }
}
