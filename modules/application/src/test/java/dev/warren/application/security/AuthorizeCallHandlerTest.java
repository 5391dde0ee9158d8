package dev.warren.application.security;

import static dev.warren.application.security.Callers.ADMIN;
import static dev.warren.application.security.Callers.ANONYMOUS;
import static dev.warren.application.security.Callers.LOCAL;
import static dev.warren.application.security.Callers.MANAGER;
import static dev.warren.application.security.Callers.WORKER_A;
import static dev.warren.application.security.Callers.containerOn;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.security.AccessRule;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.model.security.ApiOperation.Effect;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.testkit.InMemoryClusterStateAdapter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What each kind of {@link AccessRule} means for each kind of caller. Which RPC has which rule is
 * declared in the API adapter and checked there (its authorization matrix); here a few operations
 * stand for the kinds of rule.
 */
class AuthorizeCallHandlerTest {
  private static final ApiOperation REGISTER_NODE =
      new ApiOperation("RegisterNode", Effect.WRITE, AccessRule.managers().orWorkerOnItself());
  private static final ApiOperation JOIN_CLUSTER =
      new ApiOperation("JoinCluster", Effect.WRITE, AccessRule.managers());
  private static final ApiOperation CREATE_SERVICE =
      new ApiOperation("CreateService", Effect.WRITE, AccessRule.administrators());
  private static final ApiOperation STREAM_EVENTS =
      new ApiOperation("StreamEvents", Effect.READ, AccessRule.administrators());
  private static final ApiOperation GET_NODE =
      new ApiOperation("GetNode", Effect.READ, AccessRule.administrators().orWorkerOnItself());
  private static final ApiOperation LIST_CONTAINERS =
      new ApiOperation(
          "ListContainers", Effect.READ, AccessRule.administrators().orWorkerOnItself());
  private static final ApiOperation GET_CONTAINER =
      new ApiOperation("GetContainer", Effect.READ, AccessRule.administrators().orWorkerOnItself());
  private static final ApiOperation REPORT_CONTAINER_HEALTH =
      new ApiOperation(
          "ReportContainerHealth", Effect.WRITE, AccessRule.managers().orWorkerOnItself());
  private static final ApiOperation LIST_SERVICES =
      new ApiOperation("ListServices", Effect.READ, AccessRule.anyMember());
  private static final ApiOperation REQUEST_CERTIFICATE =
      new ApiOperation("RequestCertificate", Effect.WRITE, AccessRule.anyone());

  /** One operation of every kind of rule and effect. */
  private static final List<ApiOperation> OPERATIONS =
      List.of(
          REGISTER_NODE,
          JOIN_CLUSTER,
          CREATE_SERVICE,
          STREAM_EVENTS,
          GET_NODE,
          LIST_CONTAINERS,
          GET_CONTAINER,
          REPORT_CONTAINER_HEALTH,
          LIST_SERVICES,
          REQUEST_CERTIFICATE);

  private static final Set<ApiOperation> ACTING_AS_A_NODE =
      Set.of(REGISTER_NODE, REPORT_CONTAINER_HEALTH, JOIN_CLUSTER);

  private final InMemoryClusterStateAdapter state = new InMemoryClusterStateAdapter();
  private final AuthorizeCallHandler policy = new AuthorizeCallHandler(state);

  private void put(String containerId, String node) {
    state.apply(
        state.lastAppliedIndex() + 1,
        writer ->
            writer.put(
                EntityKind.TASK, containerOn(containerId, node, TaskState.RUNNING, List.of())));
  }

  private void allowed(Caller caller, ApiOperation operation, CallSubject subject) {
    assertThatCode(() -> policy.authorize(caller, operation, subject))
        .as("%s %s %s", caller, operation, subject)
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @FieldSource("OPERATIONS")
  void aManagerMayCallEverything(ApiOperation operation) {
    allowed(MANAGER, operation, CallSubject.node("node-b"));
    allowed(MANAGER, operation, CallSubject.none());
  }

  @ParameterizedTest
  @FieldSource("OPERATIONS")
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
    assertThatThrownBy(() -> policy.authorize(WORKER_A, CREATE_SERVICE, CallSubject.none()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("worker node-a may not call CreateService");
    for (ApiOperation operation : List.of(CREATE_SERVICE, STREAM_EVENTS, JOIN_CLUSTER)) {
      assertThatThrownBy(() -> policy.authorize(WORKER_A, operation, CallSubject.node("node-a")))
          .as(operation.rpcName())
          .isInstanceOf(PermissionDeniedException.class);
    }
  }

  @Test
  void aWorkerMayReadWhatEveryMemberMayRead() {
    allowed(WORKER_A, LIST_SERVICES, CallSubject.none());
  }

  @Test
  void aWorkerActsOnlyOnItsOwnNode() {
    for (ApiOperation operation : List.of(REGISTER_NODE, GET_NODE, LIST_CONTAINERS)) {
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
    assertThatThrownBy(() -> policy.authorize(WORKER_A, LIST_CONTAINERS, CallSubject.node("")))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("worker node-a may not call ListContainers without naming its own node");
  }

  @Test
  void aWorkerActsOnlyOnContainersAssignedToIt() {
    put("c-mine", "node-a");
    put("c-theirs", "node-b");
    for (ApiOperation operation : List.of(GET_CONTAINER, REPORT_CONTAINER_HEALTH)) {
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
    for (ApiOperation operation : OPERATIONS) {
      if (operation.isRead()) {
        allowed(LOCAL, operation, CallSubject.none());
      } else {
        assertThatThrownBy(() -> policy.authorize(LOCAL, operation, CallSubject.none()))
            .isInstanceOf(PermissionDeniedException.class)
            .hasMessageStartingWith(
                "the read-only local socket may not call " + operation.rpcName());
      }
    }
  }

  @Test
  void withoutACertificateOnlyRequestCertificateIsAllowed() {
    allowed(ANONYMOUS, REQUEST_CERTIFICATE, CallSubject.none());
    OPERATIONS.stream()
        .filter(operation -> operation != REQUEST_CERTIFICATE)
        .forEach(
            operation ->
                assertThatThrownBy(() -> policy.authorize(ANONYMOUS, operation, CallSubject.none()))
                    .isInstanceOf(UnauthenticatedException.class)
                    .hasMessageStartingWith(operation.rpcName() + " needs a client certificate"));
  }
}
