package dev.warren.application.security;

import static dev.warren.application.security.Callers.ADMIN;
import static dev.warren.application.security.Callers.ANONYMOUS;
import static dev.warren.application.security.Callers.LOCAL;
import static dev.warren.application.security.Callers.MANAGER;
import static dev.warren.application.security.Callers.WORKER_A;
import static dev.warren.application.security.Callers.containerOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuthorizeCallHandlerTest {
  private static final Set<ApiOperation> ACTING_AS_A_NODE =
      EnumSet.of(
          ApiOperation.REGISTER_NODE,
          ApiOperation.HEARTBEAT,
          ApiOperation.UPDATE_CONTAINER_STATUS,
          ApiOperation.REPORT_CONTAINER_HEALTH,
          ApiOperation.JOIN_CLUSTER);
  private static final Set<ApiOperation> READABLE_BY_ANY_MEMBER =
      EnumSet.of(
          ApiOperation.GET_SERVICE,
          ApiOperation.LIST_SERVICES,
          ApiOperation.GET_SECRET_BY_NAME,
          ApiOperation.LIST_SECRETS,
          ApiOperation.GET_VOLUME_BY_NAME,
          ApiOperation.LIST_VOLUMES,
          ApiOperation.GET_CLUSTER_INFO,
          ApiOperation.GET_INGRESS,
          ApiOperation.LIST_INGRESSES,
          ApiOperation.LIST_TLS_CERTIFICATES);

  private final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  private final AuthorizeCallHandler policy = new AuthorizeCallHandler(state);

  private void put(String containerId, String node) {
    state.apply(
        state.lastAppliedIndex() + 1,
        writer -> writer.put(EntityKind.TASK, containerOn(containerId, node, TaskState.RUNNING, List.of())));
  }

  private void allowed(Caller caller, ApiOperation operation, CallSubject subject) {
    assertThatCode(() -> policy.authorize(caller, operation, subject))
        .as("%s %s %s", caller, operation, subject)
        .doesNotThrowAnyException();
  }

  @Test
  void theTableHasARuleForEveryOperation() {
    assertThat(AuthorizeCallHandler.rules().keySet()).containsExactlyInAnyOrder(ApiOperation.values());
  }

  @ParameterizedTest
  @EnumSource(ApiOperation.class)
  void aManagerMayCallEverything(ApiOperation operation) {
    allowed(MANAGER, operation, CallSubject.node("node-b"));
    allowed(MANAGER, operation, CallSubject.none());
  }

  @ParameterizedTest
  @EnumSource(ApiOperation.class)
  void anAdminMayCallEverythingButActingAsANode(ApiOperation operation) {
    if (ACTING_AS_A_NODE.contains(operation)) {
      assertThatThrownBy(() -> policy.authorize(ADMIN, operation, CallSubject.node("alice")))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessage("admin alice may not call " + operation.rpcName());
    } else {
      allowed(ADMIN, operation, CallSubject.none());
    }
  }

  @Test
  void aWorkerMayNotAdministerTheCluster() {
    assertThatThrownBy(
            () -> policy.authorize(WORKER_A, ApiOperation.CREATE_SERVICE, CallSubject.none()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("worker node-a may not call CreateService");
    for (ApiOperation operation :
        List.of(
            ApiOperation.LIST_NODES,
            ApiOperation.REMOVE_NODE,
            ApiOperation.STREAM_EVENTS,
            ApiOperation.GET_TLS_CERTIFICATE,
            ApiOperation.GENERATE_JOIN_TOKEN,
            ApiOperation.JOIN_CLUSTER)) {
      assertThatThrownBy(() -> policy.authorize(WORKER_A, operation, CallSubject.node("node-a")))
          .as(operation.name())
          .isInstanceOf(PermissionDeniedException.class);
    }
  }

  @Test
  void aWorkerMayReadWhatEveryMemberMayRead() {
    READABLE_BY_ANY_MEMBER.forEach(operation -> allowed(WORKER_A, operation, CallSubject.none()));
  }

  @Test
  void aWorkerActsOnlyOnItsOwnNode() {
    for (ApiOperation operation :
        List.of(
            ApiOperation.REGISTER_NODE,
            ApiOperation.HEARTBEAT,
            ApiOperation.GET_NODE,
            ApiOperation.LIST_CONTAINERS,
            ApiOperation.WATCH_CONTAINERS)) {
      allowed(WORKER_A, operation, CallSubject.node("node-a"));
      assertThatThrownBy(() -> policy.authorize(WORKER_A, operation, CallSubject.node("node-b")))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessage(
              "worker node-a may not call "
                  + operation.rpcName()
                  + " for node node-b: a worker acts only on itself");
    }
  }

  @Test
  void aWorkerListingContainersMustFilterByItsOwnNode() {
    assertThatThrownBy(
            () -> policy.authorize(WORKER_A, ApiOperation.LIST_CONTAINERS, CallSubject.node("")))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("worker node-a may not call ListContainers without naming its own node");
  }

  @Test
  void aWorkerActsOnlyOnContainersAssignedToIt() {
    put("c-mine", "node-a");
    put("c-theirs", "node-b");
    for (ApiOperation operation :
        List.of(
            ApiOperation.GET_CONTAINER,
            ApiOperation.UPDATE_CONTAINER_STATUS,
            ApiOperation.REPORT_CONTAINER_HEALTH)) {
      allowed(WORKER_A, operation, CallSubject.container("c-mine"));
      for (String other : List.of("c-theirs", "c-unknown", "")) {
        assertThatThrownBy(
                () -> policy.authorize(WORKER_A, operation, CallSubject.container(other)))
            .as("%s on %s", operation, other)
            .isInstanceOf(PermissionDeniedException.class)
            .hasMessageContaining("worker node-a may not call " + operation.rpcName());
      }
    }
  }

  @Test
  void theLocalSocketMayOnlyRead() {
    for (ApiOperation operation : ApiOperation.values()) {
      if (operation.isRead()) {
        allowed(LOCAL, operation, CallSubject.none());
      } else {
        assertThatThrownBy(() -> policy.authorize(LOCAL, operation, CallSubject.none()))
            .isInstanceOf(PermissionDeniedException.class)
            .hasMessageStartingWith("the read-only local socket may not call " + operation.rpcName());
      }
    }
  }

  @Test
  void withoutACertificateOnlyRequestCertificateIsAllowed() {
    allowed(ANONYMOUS, ApiOperation.REQUEST_CERTIFICATE, CallSubject.none());
    Arrays.stream(ApiOperation.values())
        .filter(operation -> operation != ApiOperation.REQUEST_CERTIFICATE)
        .forEach(
            operation ->
                assertThatThrownBy(
                        () -> policy.authorize(ANONYMOUS, operation, CallSubject.none()))
                    .isInstanceOf(UnauthenticatedException.class)
                    .hasMessageStartingWith(operation.rpcName() + " needs a client certificate"));
  }
}
