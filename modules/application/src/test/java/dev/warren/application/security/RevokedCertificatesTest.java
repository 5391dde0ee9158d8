package dev.warren.application.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.security.AccessRule;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.model.security.ApiOperation.Effect;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.RevokedNode;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A removed node's certificates are refused on every call, whatever the RPC's rule, while
 * certificates of other nodes, a certificate of the same id issued after the removal, and admins
 * are not affected.
 */
class RevokedCertificatesTest {
  private static final Instant REMOVED_AT = Instant.parse("2026-12-08T05:00:00Z");
  private static final ApiOperation LIST_SERVICES =
      new ApiOperation("ListServices", Effect.READ, AccessRule.anyMember());
  private static final ApiOperation JOIN_CLUSTER =
      new ApiOperation("JoinCluster", Effect.WRITE, AccessRule.managers());

  private final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  private final AuthorizeCallHandler policy = new AuthorizeCallHandler(state);

  private void revoke(String node) {
    state.apply(
        state.lastAppliedIndex() + 1,
        writer ->
            writer.put(EntityKind.REVOKED_NODE, new RevokedNode(NodeId.of(node), REMOVED_AT)));
  }

  private static Caller holder(String name, Role role, Instant validFrom) {
    return new Caller.Certified(new Identity(name, ClusterId.of("cluster-1"), role), validFrom);
  }

  @Test
  void aRemovedWorkersCertificateIsUnauthenticatedWithWhatToDo() {
    revoke("node-a");
    Caller worker = holder("node-a", Role.WORKER, REMOVED_AT.minus(Duration.ofDays(3)));

    assertThatThrownBy(() -> policy.authorize(worker, LIST_SERVICES, CallSubject.none()))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("worker node-a was revoked when the node was removed")
        .hasMessageContaining("ListServices is refused")
        .hasMessageContaining("join it again with a new join token");
  }

  @Test
  void aRemovedManagersCertificateIsRefusedEvenWhereOnlyManagersMayCall() {
    revoke("manager-3");
    Caller manager = holder("manager-3", Role.MANAGER, REMOVED_AT);

    assertThatThrownBy(() -> policy.authorize(manager, JOIN_CLUSTER, CallSubject.none()))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void otherNodesLaterCertificatesAndAdminsAreNotAffected() {
    revoke("node-a");

    assertThatCode(
            () ->
                policy.authorize(
                    holder("node-b", Role.WORKER, REMOVED_AT.minusSeconds(60)),
                    LIST_SERVICES,
                    CallSubject.none()))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                policy.authorize(
                    holder("node-a", Role.WORKER, REMOVED_AT.plusSeconds(1)),
                    LIST_SERVICES,
                    CallSubject.none()))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                policy.authorize(
                    holder("node-a", Role.ADMIN, REMOVED_AT.minusSeconds(60)),
                    LIST_SERVICES,
                    CallSubject.none()))
        .doesNotThrowAnyException();
  }

  @Test
  void anInProcessCallerOfARemovedNodeIsRefused() {
    revoke("node-a");
    Caller inProcess = new Caller.Certified(new Identity("node-a", ClusterId.of("c"), Role.WORKER));

    assertThatThrownBy(() -> policy.authorize(inProcess, LIST_SERVICES, CallSubject.none()))
        .isInstanceOf(UnauthenticatedException.class);
  }
}
