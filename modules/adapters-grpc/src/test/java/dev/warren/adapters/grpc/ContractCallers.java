package dev.warren.adapters.grpc;

import java.util.Set;

/**
 * The caller column of the warren.v1 contract, written from the contract rather than read from the
 * declarations, for the tests that hold the declarations to it.
 */
final class ContractCallers {
  /** What only the node itself (or a manager) may call; an admin never does. */
  static final Set<String> ACTING_AS_A_NODE =
      Set.of(
          "RegisterNode",
          "Heartbeat",
          "UpdateContainerStatus",
          "ReportContainerHealth",
          "JoinCluster");

  /** What a worker may call about its own node or containers. */
  static final Set<String> ON_ITSELF =
      Set.of(
          "RegisterNode",
          "Heartbeat",
          "GetNode",
          "ListContainers",
          "GetContainer",
          "WatchContainers",
          "UpdateContainerStatus",
          "ReportContainerHealth");

  /** What every holder of a cluster certificate may call. */
  static final Set<String> ANY_MEMBER =
      Set.of(
          "GetService",
          "ListServices",
          "GetSecretByName",
          "ListSecrets",
          "GetVolumeByName",
          "ListVolumes",
          "GetClusterInfo",
          "GetIngress",
          "ListIngresses",
          "ListTLSCertificates",
          "RequestCertificate");

  /** The reading RPCs: the only ones the read-only local socket may call. */
  static final Set<String> READS =
      Set.of(
          "ListNodes",
          "GetNode",
          "GetService",
          "ListServices",
          "ListContainers",
          "GetContainer",
          "WatchContainers",
          "GetSecretByName",
          "ListSecrets",
          "GetVolumeByName",
          "ListVolumes",
          "GetClusterInfo",
          "GetIngress",
          "ListIngresses",
          "GetTLSCertificate",
          "ListTLSCertificates",
          "StreamEvents");

  private ContractCallers() {}
}
