package dev.warren.cli.worker;

import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.node.NodeId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What a standalone worker reports once it runs.
 *
 * @param resumed whether the data directory already held this node's certificate
 * @param certificateNotAfter when the node's certificate expires (it is renewed before)
 * @param runtime a description of the runtime ("process runtime, containers under …")
 */
public record WorkerStartReport(
    ClusterId clusterId,
    NodeId nodeId,
    Path dataDir,
    boolean resumed,
    String manager,
    Instant certificateNotAfter,
    String runtime) {
  public WorkerStartReport {
    Objects.requireNonNull(clusterId, "cluster id");
    Objects.requireNonNull(nodeId, "node id");
    Objects.requireNonNull(dataDir, "data dir");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(certificateNotAfter, "certificate not after");
    Objects.requireNonNull(runtime, "runtime");
  }
}
