package dev.warren.application.security;

import static dev.warren.domain.model.security.ApiOperation.CREATE_INGRESS;
import static dev.warren.domain.model.security.ApiOperation.CREATE_SECRET;
import static dev.warren.domain.model.security.ApiOperation.CREATE_SERVICE;
import static dev.warren.domain.model.security.ApiOperation.CREATE_TLS_CERTIFICATE;
import static dev.warren.domain.model.security.ApiOperation.CREATE_VOLUME;
import static dev.warren.domain.model.security.ApiOperation.DELETE_INGRESS;
import static dev.warren.domain.model.security.ApiOperation.DELETE_SECRET;
import static dev.warren.domain.model.security.ApiOperation.DELETE_SERVICE;
import static dev.warren.domain.model.security.ApiOperation.DELETE_TLS_CERTIFICATE;
import static dev.warren.domain.model.security.ApiOperation.DELETE_VOLUME;
import static dev.warren.domain.model.security.ApiOperation.GENERATE_JOIN_TOKEN;
import static dev.warren.domain.model.security.ApiOperation.GET_CLUSTER_INFO;
import static dev.warren.domain.model.security.ApiOperation.GET_CONTAINER;
import static dev.warren.domain.model.security.ApiOperation.GET_INGRESS;
import static dev.warren.domain.model.security.ApiOperation.GET_NODE;
import static dev.warren.domain.model.security.ApiOperation.GET_SECRET_BY_NAME;
import static dev.warren.domain.model.security.ApiOperation.GET_SERVICE;
import static dev.warren.domain.model.security.ApiOperation.GET_TLS_CERTIFICATE;
import static dev.warren.domain.model.security.ApiOperation.GET_VOLUME_BY_NAME;
import static dev.warren.domain.model.security.ApiOperation.HEARTBEAT;
import static dev.warren.domain.model.security.ApiOperation.JOIN_CLUSTER;
import static dev.warren.domain.model.security.ApiOperation.LIST_CONTAINERS;
import static dev.warren.domain.model.security.ApiOperation.LIST_INGRESSES;
import static dev.warren.domain.model.security.ApiOperation.LIST_NODES;
import static dev.warren.domain.model.security.ApiOperation.LIST_SECRETS;
import static dev.warren.domain.model.security.ApiOperation.LIST_SERVICES;
import static dev.warren.domain.model.security.ApiOperation.LIST_TLS_CERTIFICATES;
import static dev.warren.domain.model.security.ApiOperation.LIST_VOLUMES;
import static dev.warren.domain.model.security.ApiOperation.REGISTER_NODE;
import static dev.warren.domain.model.security.ApiOperation.REMOVE_NODE;
import static dev.warren.domain.model.security.ApiOperation.REPORT_CONTAINER_HEALTH;
import static dev.warren.domain.model.security.ApiOperation.REQUEST_CERTIFICATE;
import static dev.warren.domain.model.security.ApiOperation.ROLLBACK_SERVICE;
import static dev.warren.domain.model.security.ApiOperation.STREAM_EVENTS;
import static dev.warren.domain.model.security.ApiOperation.UPDATE_CONTAINER_STATUS;
import static dev.warren.domain.model.security.ApiOperation.UPDATE_INGRESS;
import static dev.warren.domain.model.security.ApiOperation.UPDATE_SERVICE;
import static dev.warren.domain.model.security.ApiOperation.UPDATE_SERVICE_IMAGE;
import static dev.warren.domain.model.security.ApiOperation.WATCH_CONTAINERS;

import dev.warren.domain.error.PermissionDeniedException;
import dev.warren.domain.error.UnauthenticatedException;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.CallSubject;
import dev.warren.domain.port.out.ClusterStatePort;
import dev.warren.domain.port.out.EntityKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one authorization table of the warren.v1 API (the "caller" column of the contract), and its
 * enforcement. Managers may do everything; admins everything except act as a node; workers only
 * what concerns themselves; the local read-only socket only reads; a caller without a certificate
 * only redeems a join token.
 *
 * <p>Worker rules read the applied state of this manager (a container's node); that is enough,
 * since a worker's own containers are assigned long before it acts on them. Thread-safe.
 */
public final class AuthorizeCallHandler implements AuthorizeCallUseCase {

  /**
   * Who may call one operation. {@code roles} may call it on anything; a worker not in {@code
   * roles} may call it only on itself when {@code workerOnItself} is set; {@code anonymous} lets a
   * client without certificate call it. The local reader's right follows from the operation's
   * effect, not from this rule.
   */
  record Rule(Set<Role> roles, boolean workerOnItself, boolean anonymous) {
    Rule {
      roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    static Rule only(Role first, Role... more) {
      return new Rule(EnumSet.of(first, more), false, false);
    }

    static Rule anyCertified() {
      return new Rule(EnumSet.allOf(Role.class), false, false);
    }

    static Rule anyone() {
      return new Rule(EnumSet.allOf(Role.class), false, true);
    }

    Rule orWorkerOnItself() {
      return new Rule(roles, true, anonymous);
    }
  }

  private static final Map<ApiOperation, Rule> TABLE = table();

  private final ClusterStatePort state;

  public AuthorizeCallHandler(ClusterStatePort state) {
    this.state = Checks.notNull("cluster state", state);
  }

  private static Map<ApiOperation, Rule> table() {
    var managers = Rule.only(Role.MANAGER);
    var administrators = Rule.only(Role.MANAGER, Role.ADMIN);
    var any = Rule.anyCertified();
    var table = new EnumMap<ApiOperation, Rule>(ApiOperation.class);
    // Acting as a node: the node itself, or a manager; never an admin.
    table.put(REGISTER_NODE, managers.orWorkerOnItself());
    table.put(HEARTBEAT, managers.orWorkerOnItself());
    table.put(UPDATE_CONTAINER_STATUS, managers.orWorkerOnItself());
    table.put(REPORT_CONTAINER_HEALTH, managers.orWorkerOnItself());
    table.put(JOIN_CLUSTER, managers);
    // A worker may see itself and its own containers.
    table.put(GET_NODE, administrators.orWorkerOnItself());
    table.put(LIST_CONTAINERS, administrators.orWorkerOnItself());
    table.put(GET_CONTAINER, administrators.orWorkerOnItself());
    table.put(WATCH_CONTAINERS, administrators.orWorkerOnItself());
    // Administration.
    for (ApiOperation operation :
        EnumSet.of(
            LIST_NODES,
            REMOVE_NODE,
            CREATE_SERVICE,
            UPDATE_SERVICE,
            UPDATE_SERVICE_IMAGE,
            ROLLBACK_SERVICE,
            DELETE_SERVICE,
            CREATE_SECRET,
            DELETE_SECRET,
            CREATE_VOLUME,
            DELETE_VOLUME,
            GENERATE_JOIN_TOKEN,
            CREATE_INGRESS,
            UPDATE_INGRESS,
            DELETE_INGRESS,
            CREATE_TLS_CERTIFICATE,
            GET_TLS_CERTIFICATE,
            DELETE_TLS_CERTIFICATE,
            STREAM_EVENTS)) {
      table.put(operation, administrators);
    }
    // Readable by every member; GetSecretByName answers plaintext only to the entitled.
    for (ApiOperation operation :
        EnumSet.of(
            GET_SERVICE,
            LIST_SERVICES,
            GET_SECRET_BY_NAME,
            LIST_SECRETS,
            GET_VOLUME_BY_NAME,
            LIST_VOLUMES,
            GET_CLUSTER_INFO,
            GET_INGRESS,
            LIST_INGRESSES,
            LIST_TLS_CERTIFICATES)) {
      table.put(operation, any);
    }
    // The token is the credential; a node renewing its certificate may present its current one.
    table.put(REQUEST_CERTIFICATE, Rule.anyone());
    return Collections.unmodifiableMap(table);
  }

  /** The rule of every operation; covers all 39 (a test checks). */
  static Map<ApiOperation, Rule> rules() {
    return TABLE;
  }

  @Override
  public void authorize(Caller caller, ApiOperation operation, CallSubject subject) {
    Checks.notNull("caller", caller);
    Checks.notNull("operation", operation);
    Checks.notNull("call subject", subject);
    Rule rule = TABLE.get(operation);
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
      case Caller.Certified certified -> authorizeCertified(certified.identity(), operation, rule, subject);
    }
  }

  private void authorizeCertified(
      Identity identity, ApiOperation operation, Rule rule, CallSubject subject) {
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
    if (containerId.isEmpty()) {
      return false;
    }
    return state.read(
        reader ->
            reader
                .get(EntityKind.TASK, containerId)
                .flatMap(Task::nodeId)
                .filter(node -> node.value().equals(nodeId))
                .isPresent());
  }
}
