package dev.warren.testkit;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A certificate authority that only remembers that it was created: enough for use cases that
 * need a CA digest, without the cost of real key generation. Not thread-safe across creators.
 */
public final class InMemoryCertificateAuthorityAdapter implements CertificateAuthorityPort {
  private CaCertificate root;
  private int created;

  @Override
  public synchronized CaCertificate createRoot(ClusterId clusterId) {
    if (root != null) {
      throw new FailedPreconditionException("a cluster CA already exists");
    }
    created++;
    root =
        new CaCertificate(
            Bytes.of(("fake CA of " + clusterId).getBytes(StandardCharsets.UTF_8)),
            "digest-of-" + clusterId,
            Instant.parse("2036-01-01T00:00:00Z"));
    return root;
  }

  @Override
  public synchronized Optional<CaCertificate> load() {
    return Optional.ofNullable(root);
  }

  /** How many times a root was created, to check that a restart does not create another. */
  public synchronized int rootsCreated() {
    return created;
  }
}
