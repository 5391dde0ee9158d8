package dev.warren.domain.change;

import dev.warren.domain.model.cluster.Cluster;
import dev.warren.domain.model.node.Node;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;

/**
 * One deterministic change to the replicated cluster state. A manager decides everything (ids,
 * timestamps, versions) before proposing it, so every replica applies the same bytes to the same
 * result. Records are named in the past tense: they say what happened.
 */
public sealed interface StateChange {

  /** The cluster was created; only ever the first change of a log. */
  record ClusterInitialized(Cluster cluster) implements StateChange {}

  /** A node registered or re-registered itself (an upsert). */
  record NodeRegistered(Node node) implements StateChange {}

  /** A service was created; its name must still be free when the change is applied. */
  record ServiceCreated(Service service) implements StateChange {}

  /** A service's spec changed; applies only on top of the version it was derived from. */
  record ServiceUpdated(Service service) implements StateChange {}

  /** A service was deleted. */
  record ServiceDeleted(ServiceId serviceId) implements StateChange {}
}
