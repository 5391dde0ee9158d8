package dev.warren.domain.model.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 39 operations of the warren.v1 API, each with its RPC name and whether it only reads. The
 * read-only unix socket serves exactly the reading ones; who may call what is decided by the one
 * authorization table in the application layer.
 */
public enum ApiOperation {
  REGISTER_NODE("RegisterNode", Effect.WRITE),
  HEARTBEAT("Heartbeat", Effect.WRITE),
  LIST_NODES("ListNodes", Effect.READ),
  GET_NODE("GetNode", Effect.READ),
  REMOVE_NODE("RemoveNode", Effect.WRITE),
  CREATE_SERVICE("CreateService", Effect.WRITE),
  UPDATE_SERVICE("UpdateService", Effect.WRITE),
  UPDATE_SERVICE_IMAGE("UpdateServiceImage", Effect.WRITE),
  ROLLBACK_SERVICE("RollbackService", Effect.WRITE),
  DELETE_SERVICE("DeleteService", Effect.WRITE),
  GET_SERVICE("GetService", Effect.READ),
  LIST_SERVICES("ListServices", Effect.READ),
  UPDATE_CONTAINER_STATUS("UpdateContainerStatus", Effect.WRITE),
  LIST_CONTAINERS("ListContainers", Effect.READ),
  GET_CONTAINER("GetContainer", Effect.READ),
  WATCH_CONTAINERS("WatchContainers", Effect.READ),
  REPORT_CONTAINER_HEALTH("ReportContainerHealth", Effect.WRITE),
  CREATE_SECRET("CreateSecret", Effect.WRITE),
  GET_SECRET_BY_NAME("GetSecretByName", Effect.READ),
  DELETE_SECRET("DeleteSecret", Effect.WRITE),
  LIST_SECRETS("ListSecrets", Effect.READ),
  CREATE_VOLUME("CreateVolume", Effect.WRITE),
  GET_VOLUME_BY_NAME("GetVolumeByName", Effect.READ),
  DELETE_VOLUME("DeleteVolume", Effect.WRITE),
  LIST_VOLUMES("ListVolumes", Effect.READ),
  GENERATE_JOIN_TOKEN("GenerateJoinToken", Effect.WRITE),
  JOIN_CLUSTER("JoinCluster", Effect.WRITE),
  GET_CLUSTER_INFO("GetClusterInfo", Effect.READ),
  REQUEST_CERTIFICATE("RequestCertificate", Effect.WRITE),
  CREATE_INGRESS("CreateIngress", Effect.WRITE),
  UPDATE_INGRESS("UpdateIngress", Effect.WRITE),
  DELETE_INGRESS("DeleteIngress", Effect.WRITE),
  GET_INGRESS("GetIngress", Effect.READ),
  LIST_INGRESSES("ListIngresses", Effect.READ),
  CREATE_TLS_CERTIFICATE("CreateTLSCertificate", Effect.WRITE),
  GET_TLS_CERTIFICATE("GetTLSCertificate", Effect.READ),
  LIST_TLS_CERTIFICATES("ListTLSCertificates", Effect.READ),
  DELETE_TLS_CERTIFICATE("DeleteTLSCertificate", Effect.WRITE),
  STREAM_EVENTS("StreamEvents", Effect.READ);

  /** Whether an operation changes the cluster (or issues credentials) or only reads. */
  public enum Effect {
    READ,
    WRITE
  }

  private static final Map<String, ApiOperation> BY_RPC_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(op -> op.rpcName, Function.identity()));

  private final String rpcName;
  private final Effect effect;

  ApiOperation(String rpcName, Effect effect) {
    this.rpcName = rpcName;
    this.effect = effect;
  }

  /** The method name in {@code warren.v1.WarrenAPI}. */
  public String rpcName() {
    return rpcName;
  }

  public Effect effect() {
    return effect;
  }

  public boolean isRead() {
    return effect == Effect.READ;
  }

  /** The operation of a WarrenAPI method name, if it is one of the 39. */
  public static Optional<ApiOperation> ofRpcName(String rpcName) {
    return Optional.ofNullable(BY_RPC_NAME.get(rpcName));
  }
}
