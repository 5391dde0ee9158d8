package dev.warren.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warren.adapters.grpc.proto.JoinClusterRequest;
import dev.warren.adapters.grpc.proto.JoinClusterResponse;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

class JoinClusterGrpcTest extends LoopbackServerTest {
  private static final String TOKEN = "WRN-1-abc-s3cr3t";

  @Test
  void aJoinReachesTheUseCaseAndAnswersJoinedWithTheLeadersApiAddress() {
    JoinClusterResponse response = api.joinCluster(request("manager-2", "10.0.0.2:7000", TOKEN));

    assertThat(response.getStatus()).isEqualTo("joined");
    assertThat(response.getLeaderAddr()).isEqualTo(FakeJoinClusterUseCase.LEADER_API);
    assertThat(useCases.joins.requests)
        .containsExactly(
            new dev.warren.domain.port.in.JoinClusterRequest("manager-2", "10.0.0.2:7000", TOKEN));
  }

  @Test
  void refusalsKeepTheirStatusAndReason() {
    assertStatus(
        request("manager-2", "10.0.0.2:7000", FakeJoinClusterUseCase.WORKER_TOKEN),
        Status.Code.PERMISSION_DENIED,
        "joining as a manager needs a manager token");
    assertStatus(request("", "10.0.0.2:7000", TOKEN), Status.Code.INVALID_ARGUMENT, "node id");
    assertStatus(
        request(FakeJoinClusterUseCase.UNREACHABLE_NODE, "10.0.0.9:7000", TOKEN),
        Status.Code.UNAVAILABLE,
        "did not answer the leader in time");
    assertThat(useCases.joins.requests).isEmpty();
  }

  private void assertStatus(JoinClusterRequest request, Status.Code code, String reason) {
    assertRefused(() -> api.joinCluster(request), code).contains(reason);
  }

  private static JoinClusterRequest request(String nodeId, String bindAddr, String token) {
    return JoinClusterRequest.newBuilder()
        .setNodeId(nodeId)
        .setBindAddr(bindAddr)
        .setToken(token)
        .build();
  }
}
