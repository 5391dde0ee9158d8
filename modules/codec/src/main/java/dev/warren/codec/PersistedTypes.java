package dev.warren.codec;

import dev.warren.domain.change.CertificateChange;
import dev.warren.domain.change.ClusterChange;
import dev.warren.domain.change.IdentityChange;
import dev.warren.domain.change.IngressChange;
import dev.warren.domain.change.JoinTokenChange;
import dev.warren.domain.change.LeaderDecision;
import dev.warren.domain.change.NodeChange;
import dev.warren.domain.change.SecretChange;
import dev.warren.domain.change.ServiceChange;
import dev.warren.domain.change.TaskChange;
import dev.warren.domain.change.VolumeChange;
import dev.warren.domain.error.ErrorKind;
import dev.warren.domain.model.certificate.CertificateId;
import dev.warren.domain.model.certificate.TlsCertificate;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.cluster.JoinTokenId;
import dev.warren.domain.model.event.Event;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressBackend;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.model.ingress.IngressPath;
import dev.warren.domain.model.ingress.IngressRule;
import dev.warren.domain.model.ingress.IngressTls;
import dev.warren.domain.model.ingress.PathType;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.node.NodeAvailability;
import dev.warren.domain.model.node.NodeId;
import dev.warren.domain.model.node.NodeResources;
import dev.warren.domain.model.node.NodeRole;
import dev.warren.domain.model.node.NodeStatus;
import dev.warren.domain.model.secret.SealedData;
import dev.warren.domain.model.secret.Secret;
import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.security.JoinToken;
import dev.warren.domain.model.security.RevokedJoinToken;
import dev.warren.domain.model.security.Role;
import dev.warren.domain.model.service.DeployStrategy;
import dev.warren.domain.model.service.FailureAction;
import dev.warren.domain.model.service.HealthCheck;
import dev.warren.domain.model.service.HealthProbe;
import dev.warren.domain.model.service.PlacementConstraint;
import dev.warren.domain.model.service.PlacementSpec;
import dev.warren.domain.model.service.PortMapping;
import dev.warren.domain.model.service.Protocol;
import dev.warren.domain.model.service.PublishMode;
import dev.warren.domain.model.service.Resources;
import dev.warren.domain.model.service.RestartCondition;
import dev.warren.domain.model.service.RestartPolicy;
import dev.warren.domain.model.service.Rollout;
import dev.warren.domain.model.service.RolloutKind;
import dev.warren.domain.model.service.RolloutState;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.service.ServiceMode;
import dev.warren.domain.model.service.ServiceSpec;
import dev.warren.domain.model.service.UpdateConfig;
import dev.warren.domain.model.service.VolumeMount;
import dev.warren.domain.model.shared.Version;
import dev.warren.domain.model.task.DesiredState;
import dev.warren.domain.model.task.PendingReason;
import dev.warren.domain.model.task.Task;
import dev.warren.domain.model.task.TaskAssignment;
import dev.warren.domain.model.task.TaskHealth;
import dev.warren.domain.model.task.TaskId;
import dev.warren.domain.model.task.TaskState;
import dev.warren.domain.model.task.TaskStatusReport;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.ApplyOutcome;
import java.util.List;
import java.util.Map;

/**
 * The persisted identity of every type in the log, the store, snapshots and the replies between
 * managers: the one place that says what their bytes are. A tag here is written in place of a class
 * name (before a top-level value and before each variant of a sealed interface) and never changes
 * meaning, so a tag is never reused for something else; a record's fields are written in the order
 * listed here, whatever the order of its components; an enum's constants are written by the names
 * listed here.
 *
 * <p>The tags and field orders are exactly what format version 1 derived from the classes (simple
 * names, declaration order), so data written before this table existed reads unchanged. From now on
 * they are independent of the Java names: renaming a class or reordering its components needs no
 * change here, renaming a component needs the same rename here (and nothing else), and anything
 * that changes the bytes fails the codec's golden tests until the format version is raised (see the
 * package-info).
 */
final class PersistedTypes {
  /** The entries of the current format version. */
  static final Schema SCHEMA =
      Schema.builder()
          // Log entries: every state change. The tag of a change is written before it in every log
          // entry.
          .record(ClusterChange.ClusterInitialized.class, "ClusterInitialized", "cluster")
          .record(NodeChange.NodeRegistered.class, "NodeRegistered", "node")
          .record(
              NodeChange.NodeStatusChanged.class,
              "NodeStatusChanged",
              "nodeId",
              "status",
              "resources",
              "at")
          .record(NodeChange.NodeRemoved.class, "NodeRemoved", "nodeId")
          .record(
              NodeChange.NodeUpdated.class,
              "NodeUpdated",
              "nodeId",
              "expected",
              "availability",
              "labels")
          .record(NodeChange.NodeMarkedDown.class, "NodeMarkedDown", "nodeId", "lastHeard")
          .record(ServiceChange.ServiceCreated.class, "ServiceCreated", "service")
          .record(ServiceChange.ServiceUpdated.class, "ServiceUpdated", "service")
          .record(ServiceChange.ServiceDeleted.class, "ServiceDeleted", "serviceId")
          .record(
              ServiceChange.ServiceRolloutStarted.class,
              "ServiceRolloutStarted",
              "service",
              "rollout")
          .record(ServiceChange.ServiceRolledBack.class, "ServiceRolledBack", "service", "rollout")
          .record(ServiceChange.RolloutProgressed.class, "RolloutProgressed", "rollout")
          .record(SecretChange.SecretCreated.class, "SecretCreated", "secret")
          .record(SecretChange.SecretDeleted.class, "SecretDeleted", "secretId")
          .record(VolumeChange.VolumeCreated.class, "VolumeCreated", "volume")
          .record(VolumeChange.VolumeDeleted.class, "VolumeDeleted", "volumeId")
          .record(IngressChange.IngressCreated.class, "IngressCreated", "ingress")
          .record(IngressChange.IngressUpdated.class, "IngressUpdated", "ingress")
          .record(IngressChange.IngressDeleted.class, "IngressDeleted", "ingressId")
          .record(CertificateChange.CertificateCreated.class, "CertificateCreated", "certificate")
          .record(CertificateChange.CertificateDeleted.class, "CertificateDeleted", "certificateId")
          .record(JoinTokenChange.JoinTokenIssued.class, "JoinTokenIssued", "token")
          .record(JoinTokenChange.JoinTokensRotated.class, "JoinTokensRotated", "replacement")
          .record(TaskChange.TasksCreated.class, "TasksCreated", "tasks")
          .record(TaskChange.TaskStateReported.class, "TaskStateReported", "nodeId", "report", "at")
          .record(
              TaskChange.TaskStatesObserved.class, "TaskStatesObserved", "nodeId", "reports", "at")
          .record(TaskChange.TaskHealthChanged.class, "TaskHealthChanged", "taskId", "health")
          .record(TaskChange.TasksShutDown.class, "TasksShutDown", "taskIds")
          .record(TaskChange.TasksRemoved.class, "TasksRemoved", "taskIds")
          .record(TaskChange.TasksAssigned.class, "TasksAssigned", "assignments")
          .record(TaskChange.TasksPending.class, "TasksPending", "reasons")
          .record(LeaderDecision.class, "LeaderDecision", "term", "change")
          .record(
              IdentityChange.CertificateIssued.class,
              "CertificateIssued",
              "name",
              "role",
              "serialHex",
              "at",
              "notAfter")
          // Store values: the entities, one table per kind (and so the content of snapshots).
          .record(Cluster.class, "Cluster", "id", "caCertificateDigest", "createdAt")
          .record(
              Node.class,
              "Node",
              "id",
              "role",
              "address",
              "overlayIp",
              "resources",
              "status",
              "lastHeartbeat",
              "createdAt",
              "labels",
              "version",
              "availability")
          .record(
              Service.class,
              "Service",
              "id",
              "spec",
              "previousSpec",
              "version",
              "createdAt",
              "updatedAt")
          .record(
              Task.class,
              "Task",
              "id",
              "serviceId",
              "serviceName",
              "slot",
              "nodeId",
              "image",
              "command",
              "env",
              "resources",
              "volumes",
              "healthCheck",
              "restartPolicy",
              "secrets",
              "stopTimeoutSeconds",
              "desiredState",
              "state",
              "runtimeContainerId",
              "error",
              "version",
              "createdAt",
              "updatedAt",
              "health",
              "serviceVersion")
          .record(Secret.class, "Secret", "id", "name", "createdAt", "data")
          .record(
              Volume.class,
              "Volume",
              "id",
              "name",
              "driver",
              "driverOpts",
              "labels",
              "createdAt",
              "nodeId",
              "mountPath")
          .record(
              Ingress.class,
              "Ingress",
              "id",
              "name",
              "rules",
              "tls",
              "labels",
              "createdAt",
              "updatedAt")
          .record(
              TlsCertificate.class,
              "TlsCertificate",
              "id",
              "name",
              "hosts",
              "certPem",
              "sealedKeyPem",
              "issuer",
              "notBefore",
              "notAfter",
              "autoRenew",
              "labels",
              "createdAt",
              "updatedAt")
          .record(
              JoinToken.class, "JoinToken", "id", "role", "secretHash", "createdAt", "expiresAt")
          .record(
              Rollout.class,
              "Rollout",
              "serviceId",
              "serviceVersion",
              "previousVersion",
              "kind",
              "strategy",
              "updateConfig",
              "fromImage",
              "toImage",
              "state",
              "step",
              "stepCount",
              "reason",
              "startedAt",
              "updatedAt")
          .record(Event.class, "Event", "id", "type", "timestamp", "message", "metadata")
          .record(RevokedJoinToken.class, "RevokedJoinToken", "token", "revokedAt")
          // Apply outcomes: replies from the state machine to the proposing manager.
          .record(ApplyOutcome.Applied.class, "Applied", "logIndex")
          .record(ApplyOutcome.Rejected.class, "Rejected", "logIndex", "kind", "message")
          .record(ApplyOutcome.AlreadyApplied.class, "AlreadyApplied", "logIndex")
          // Values inside the above.
          // error
          .enumeration(
              ErrorKind.class,
              "ErrorKind",
              "INVALID_ARGUMENT",
              "NOT_FOUND",
              "ALREADY_EXISTS",
              "FAILED_PRECONDITION",
              "VERSION_CONFLICT",
              "PERMISSION_DENIED",
              "UNAUTHENTICATED",
              "UNAVAILABLE",
              "NOT_IMPLEMENTED")
          // model.certificate
          .record(CertificateId.class, "CertificateId", "value")
          // model.cluster
          .record(ClusterId.class, "ClusterId", "value")
          .record(JoinTokenId.class, "JoinTokenId", "value")
          // model.ingress
          .record(IngressBackend.class, "IngressBackend", "serviceName", "port")
          .record(IngressId.class, "IngressId", "value")
          .record(IngressPath.class, "IngressPath", "path", "pathType", "backend")
          .record(IngressRule.class, "IngressRule", "host", "paths")
          .record(
              IngressTls.class, "IngressTls", "enabled", "secretName", "hosts", "autoTls", "email")
          .enumeration(PathType.class, "PathType", "PREFIX", "EXACT")
          // model.node
          .record(NodeId.class, "NodeId", "value")
          .record(NodeResources.class, "NodeResources", "cpuCores", "memoryBytes", "diskBytes")
          .enumeration(NodeRole.class, "NodeRole", "MANAGER", "WORKER", "HYBRID")
          .enumeration(NodeStatus.class, "NodeStatus", "READY", "DOWN", "UNKNOWN", "DRAINING")
          .enumeration(NodeAvailability.class, "NodeAvailability", "ACTIVE", "PAUSE", "DRAIN")
          // model.secret
          .record(SealedData.class, "SealedData", "keyId", "ciphertext")
          .record(SecretId.class, "SecretId", "value")
          // model.security
          .enumeration(Role.class, "Role", "MANAGER", "WORKER", "ADMIN")
          // model.service
          .enumeration(DeployStrategy.class, "DeployStrategy", "ROLLING", "BLUE_GREEN", "CANARY")
          .enumeration(FailureAction.class, "FailureAction", "PAUSE", "CONTINUE", "ROLLBACK")
          .record(
              HealthCheck.class,
              "HealthCheck",
              "probe",
              "intervalSeconds",
              "timeoutSeconds",
              "retries",
              "startPeriodSeconds")
          .record(HealthProbe.Exec.class, "Exec", "command")
          .record(HealthProbe.Header.class, "Header", "key", "value")
          .record(
              HealthProbe.Http.class,
              "Http",
              "path",
              "port",
              "scheme",
              "headers",
              "statusCodeMin",
              "statusCodeMax")
          .record(HealthProbe.Tcp.class, "Tcp", "port")
          .record(
              PortMapping.class,
              "PortMapping",
              "name",
              "containerPort",
              "hostPort",
              "protocol",
              "publishMode")
          .enumeration(Protocol.class, "Protocol", "TCP", "UDP")
          .enumeration(PublishMode.class, "PublishMode", "HOST", "INGRESS")
          .record(
              Resources.class, "Resources", "cpuShares", "memoryBytes", "memoryReservationBytes")
          .enumeration(RestartCondition.class, "RestartCondition", "NONE", "ON_FAILURE", "ANY")
          .record(
              RestartPolicy.class,
              "RestartPolicy",
              "condition",
              "maxAttempts",
              "delaySeconds",
              "windowSeconds")
          .record(PlacementSpec.class, "PlacementSpec", "constraints", "spreadOver")
          .record(PlacementConstraint.class, "PlacementConstraint", "field", "operator", "value")
          .enumeration(
              PlacementConstraint.Operator.class,
              "PlacementConstraintOperator",
              "EQUALS",
              "NOT_EQUALS")
          .enumeration(RolloutKind.class, "RolloutKind", "UPDATE", "ROLLBACK")
          .enumeration(
              RolloutState.class,
              "RolloutState",
              "PENDING",
              "IN_PROGRESS",
              "PAUSED",
              "COMPLETED",
              "FAILED",
              "ROLLING_BACK",
              "ROLLED_BACK")
          .record(ServiceId.class, "ServiceId", "value")
          .enumeration(ServiceMode.class, "ServiceMode", "REPLICATED", "GLOBAL")
          .record(
              ServiceSpec.class,
              "ServiceSpec",
              "name",
              "image",
              "replicas",
              "mode",
              "deployStrategy",
              "updateConfig",
              "healthCheck",
              "restartPolicy",
              "resources",
              "networks",
              "volumes",
              "env",
              "command",
              "ports",
              "stopTimeoutSeconds",
              "placement")
          .record(
              UpdateConfig.class,
              "UpdateConfig",
              "parallelism",
              "delaySeconds",
              "failureAction",
              "maxSurge",
              "maxUnavailable",
              "healthCheckGracePeriodSeconds",
              "canaryWeight",
              "canarySteps",
              "canaryStabilityWindowSeconds",
              "blueGreenGracePeriodSeconds",
              "autoRollbackEnabled",
              "failureThresholdPercent")
          .record(VolumeMount.class, "VolumeMount", "source", "target", "readOnly")
          // model.shared
          .record(Version.class, "Version", "value")
          // model.task
          .enumeration(DesiredState.class, "DesiredState", "RUNNING", "SHUTDOWN")
          .enumeration(TaskHealth.class, "TaskHealth", "UNKNOWN", "HEALTHY", "UNHEALTHY")
          .record(TaskId.class, "TaskId", "value")
          .record(TaskAssignment.class, "TaskAssignment", "taskId", "nodeId")
          .record(PendingReason.class, "PendingReason", "taskId", "reason")
          .enumeration(
              TaskState.class,
              "TaskState",
              "PENDING",
              "ASSIGNED",
              "STARTING",
              "RUNNING",
              "COMPLETE",
              "FAILED",
              "SHUTDOWN")
          .record(
              TaskStatusReport.class,
              "TaskStatusReport",
              "taskId",
              "state",
              "runtimeContainerId",
              "error")
          // model.volume
          .record(VolumeId.class, "VolumeId", "value")
          .build();

  /**
   * Format version 2: the current entries as they were before replicas recorded the service version
   * they were made from and rollouts their previous version, step and reason; a replica of version
   * 2 bytes reads as made from version 1 of its service (unknown then), a rollout as replacing
   * version 1, at step 0 of 0, without a reason.
   */
  static final Schema SCHEMA_V2 =
      SCHEMA.toBuilder()
          .replace(
              new Schema.RecordEntry(
                  Task.class,
                  "Task",
                  List.of(
                      "id",
                      "serviceId",
                      "serviceName",
                      "slot",
                      "nodeId",
                      "image",
                      "command",
                      "env",
                      "resources",
                      "volumes",
                      "healthCheck",
                      "restartPolicy",
                      "secrets",
                      "stopTimeoutSeconds",
                      "desiredState",
                      "state",
                      "runtimeContainerId",
                      "error",
                      "version",
                      "createdAt",
                      "updatedAt",
                      "health"),
                  Map.of("serviceVersion", Version.initial())))
          .replace(
              new Schema.RecordEntry(
                  Rollout.class,
                  "Rollout",
                  List.of(
                      "serviceId",
                      "serviceVersion",
                      "kind",
                      "strategy",
                      "updateConfig",
                      "fromImage",
                      "toImage",
                      "state",
                      "startedAt",
                      "updatedAt"),
                  Map.of(
                      "previousVersion",
                      Version.initial(),
                      "step",
                      0,
                      "stepCount",
                      0,
                      "reason",
                      "")))
          .build();

  /**
   * Format version 1: the entries of version 2 as they were before node availability, placement
   * specs and restart windows existed; what version 1 bytes lack reads as the default.
   */
  static final Schema SCHEMA_V1 =
      SCHEMA_V2.toBuilder()
          .replace(
              new Schema.RecordEntry(
                  Node.class,
                  "Node",
                  List.of(
                      "id",
                      "role",
                      "address",
                      "overlayIp",
                      "resources",
                      "status",
                      "lastHeartbeat",
                      "createdAt",
                      "labels",
                      "version"),
                  Map.of("availability", NodeAvailability.ACTIVE)))
          .replace(
              new Schema.RecordEntry(
                  RestartPolicy.class,
                  "RestartPolicy",
                  List.of("condition", "maxAttempts", "delaySeconds"),
                  Map.of("windowSeconds", 0)))
          .replace(
              new Schema.RecordEntry(
                  ServiceSpec.class,
                  "ServiceSpec",
                  List.of(
                      "name",
                      "image",
                      "replicas",
                      "mode",
                      "deployStrategy",
                      "updateConfig",
                      "healthCheck",
                      "restartPolicy",
                      "resources",
                      "networks",
                      "volumes",
                      "env",
                      "command",
                      "ports",
                      "stopTimeoutSeconds"),
                  Map.of("placement", PlacementSpec.ANYWHERE)))
          .build();

  private PersistedTypes() {}
}
