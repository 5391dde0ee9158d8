package dev.warren.domain.change;

import dev.warren.domain.port.out.StateWriter;

/**
 * One deterministic change to the replicated cluster state. A manager decides everything (ids,
 * timestamps, versions) before proposing it, so every replica applies the same bytes to the same
 * result. Changes are grouped in one sealed family per kind of object; records are named in the
 * past tense: they say what happened.
 */
public sealed interface StateChange
    permits ClusterChange,
        NodeChange,
        ServiceChange,
        SecretChange,
        VolumeChange,
        IngressChange,
        CertificateChange,
        JoinTokenChange,
        TaskChange,
        IdentityChange,
        LeaderDecision {

  /**
   * Applies this change to {@code state}: a pure function of the change and the state. It checks
   * the rules only the state at apply time can decide (a name still free, a version not moved on)
   * before it writes anything, and throws a {@link dev.warren.domain.error.DomainException} to
   * reject; the store then discards the transaction.
   */
  void applyTo(StateWriter state);
}
