package dev.warren.application.security;

import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.security.AccessRule;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.RevokedNode;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import java.util.Optional;

/**
 * The enforcement of the warren.v1 API's access rules (the "caller" column of the contract). Each
 * operation carries its {@link AccessRule}, declared once beside the RPC in the API adapter; this
 * handler decides what the rule means for a caller: managers and admins by role, a worker only on
 * itself (its node, a container assigned to it), the local read-only socket only reads, a caller
 * without a certificate only where the rule admits anyone.
 *
 * <p>Worker rules read the applied state of this manager (a container's node); that is enough,
 * since a worker's own containers are assigned long before it acts on them. Thread-safe.
 */
public final class AuthorizeCallHandler implements AuthorizeCallUseCase {
  private final Optional<ClusterStatePort> state;

  public AuthorizeCallHandler(ClusterStatePort state) {
    this.state = Optional.of(Checks.notNull("cluster state", state));
  }

  private AuthorizeCallHandler() {
    this.state = Optional.empty();
  }

  /**
   * The rules for a node's own endpoint (a worker's logs endpoint), which holds no cluster state:
   * callers are judged by role alone, and a worker acting on itself is refused, since no container
   * can be looked up.
   */
  public static AuthorizeCallHandler byRoleOnly() {
    return new AuthorizeCallHandler();
  }

  @Override
  public void authorize(Caller caller, ApiOperation operation, CallSubject subject) {
    Checks.notNull("caller", caller);
    Checks.notNull("operation", operation);
    Checks.notNull("call subject", subject);
    AccessRule rule = operation.rule();
    String rpc = operation.rpcName();
    switch (caller) {
      case Caller.Anonymous anonymous -> {
        if (!rule.anonymous()) {
          throw new UnauthenticatedException(
              rpc
                  + " needs a client certificate issued by the cluster CA; only"
                  + " RequestCertificate may be called without one");
        }
      }
      case Caller.LocalReader reader -> {
        if (!operation.isRead()) {
          throw new PermissionDeniedException(
              "the read-only local socket may not call "
                  + rpc
                  + "; changes need a client certificate: 'warren cluster login --manager"
                  + " HOST:PORT --token TOKEN' with an admin token");
        }
      }
      case Caller.Certified certified -> {
        refuseRevoked(certified, rpc);
        authorizeCertified(certified.identity(), operation, rule, subject);
      }
    }
  }

  /**
   * Refuses a certificate of a removed node, on every call: the revocation list is replicated
   * state, so a node removed through any manager is refused by all of them once they applied it.
   */
  private void refuseRevoked(Caller.Certified certified, String rpc) {
    Identity identity = certified.identity();
    if (identity.role() == Role.ADMIN || state.isEmpty()) {
      return;
    }
    Optional<RevokedNode> revoked =
        state.get().read(reader -> reader.get(EntityKind.REVOKED_NODE, identity.name()));
    if (revoked.isPresent() && revoked.get().refuses(identity, certified.validFrom())) {
      throw new UnauthenticatedException(
          "the certificate of "
              + identity.role().wireName()
              + " "
              + identity.name()
              + " was revoked when the node was removed from the cluster at "
              + revoked.get().revokedAt()
              + "; "
              + rpc
              + " is refused. To bring the machine back, join it again with a new join token"
              + " and an empty data directory");
    }
  }

  private void authorizeCertified(
      Identity identity, ApiOperation operation, AccessRule rule, CallSubject subject) {
    if (rule.roles().contains(identity.role())) {
      return;
    }
    String who = identity.role().wireName() + " " + identity.name();
    if (identity.role() != Role.WORKER || !rule.workerOnItself()) {
      throw new PermissionDeniedException(who + " may not call " + operation.rpcName());
    }
    switch (subject) {
      case CallSubject.OfNode node -> {
        if (!node.nodeId().equals(identity.name())) {
          throw new PermissionDeniedException(
              who
                  + " may not call "
                  + operation.rpcName()
                  + (node.nodeId().isEmpty()
                      ? " without naming its own node"
                      : " for node " + node.nodeId() + ": a worker acts only on itself"));
        }
      }
      case CallSubject.OfContainer container -> {
        if (!containerIsOn(container.containerId(), identity.name())) {
          throw new PermissionDeniedException(
              who
                  + " may not call "
                  + operation.rpcName()
                  + " for container "
                  + container.containerId()
                  + ": it is not assigned to that node");
        }
      }
      case CallSubject.None none ->
          throw new PermissionDeniedException(
              who + " may not call " + operation.rpcName() + " without naming its own node");
    }
  }

  private boolean containerIsOn(String containerId, String nodeId) {
    if (containerId.isEmpty() || state.isEmpty()) {
      return false;
    }
    return state
        .get()
        .read(
            reader ->
                reader
                    .get(EntityKind.TASK, containerId)
                    .flatMap(Task::nodeId)
                    .filter(node -> node.value().equals(nodeId))
                    .isPresent());
  }
}
