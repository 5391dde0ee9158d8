package dev.warren.adapters.grpc;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /** The reads every holder of a cluster certificate may call. */
  private static final Set<String> MEMBER_READS =
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
          "ListTLSCertificates");

  /** What every holder of a cluster certificate may call. */
  static final Set<String> ANY_MEMBER = union(MEMBER_READS, Set.of("RequestCertificate"));

  /** The reading RPCs: the only ones the read-only local socket may call. */
  static final Set<String> READS =
      union(
          MEMBER_READS,
          Set.of(
              "ListNodes",
              "GetNode",
              "ListContainers",
              "GetContainer",
              "WatchContainers",
              "GetTLSCertificate",
              "StreamEvents"));

  private ContractCallers() {}

  private static Set<String> union(Set<String> some, Set<String> more) {
    return Stream.concat(some.stream(), more.stream()).collect(Collectors.toUnmodifiableSet());
  }
}
