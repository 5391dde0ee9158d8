package dev.warren.domain.change;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateWriter;

/** Changes to the cluster record itself. */
public sealed interface ClusterChange extends StateChange {

  /** The cluster was created; only ever the first change of a log. */
  record ClusterInitialized(Cluster cluster) implements ClusterChange {
    @Override
    public void applyTo(StateWriter state) {
      if (state.get(EntityKind.CLUSTER, Cluster.SINGLETON_ID).isPresent()) {
        throw new FailedPreconditionException("the cluster is already initialized");
      }
      state.put(EntityKind.CLUSTER, cluster);
    }
  }
}
