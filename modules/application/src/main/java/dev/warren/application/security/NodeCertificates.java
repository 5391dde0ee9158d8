package dev.warren.application.security;

import java.time.Duration;

/** How long the cluster's leaf certificates (managers, workers, admins) are valid. */
public final class NodeCertificates {
  /** Ninety days, as Warren issues them; renewed between 50 % and 80 % of it. */
  public static final Duration VALIDITY = Duration.ofDays(90);

  private NodeCertificates() {}
}
