package dev.warren.domain.model.cluster;

import dev.warren.domain.model.shared.Checks;
import java.time.Instant;

/** The cluster itself: created once by {@code warren cluster init}. */
public record Cluster(ClusterId id, String caCertificateDigest, Instant createdAt) {
  /** The single cluster record's key in the store. */
  public static final String SINGLETON_ID = "cluster";

  public Cluster {
    Checks.notNull("cluster id", id);
    Checks.notBlank("ca certificate digest", caCertificateDigest);
    Checks.notNull("created at", createdAt);
  }
}
