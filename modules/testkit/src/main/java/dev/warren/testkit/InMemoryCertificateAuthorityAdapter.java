package dev.warren.testkit;

import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.port.out.CaCertificate;
import dev.warren.domain.port.out.CertificateAuthorityPort;
import dev.warren.domain.port.out.CertificateRequest;
import dev.warren.domain.port.out.IssuedCertificate;
import dev.warren.domain.port.out.KeySource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A certificate authority that only remembers that it was created and what it was asked to issue:
 * enough for use cases that need a CA digest, without the cost of real key generation. Its
 * "certificates" are clearly fake text, not X.509 (the JDK has no public API to build one); the
 * real one is {@code BcCertificateAuthorityAdapter}. Thread-safe.
 */
public final class InMemoryCertificateAuthorityAdapter implements CertificateAuthorityPort {
  private final List<CertificateRequest> issued = new ArrayList<>();
  private final InstantSource clock;
  private CaCertificate root;
  private int created;

  /** A CA whose certificates start at 2026-01-01. */
  public InMemoryCertificateAuthorityAdapter() {
    this(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")));
  }

  /** A CA whose certificates start at {@code clock}'s time. */
  public InMemoryCertificateAuthorityAdapter(InstantSource clock) {
    this.clock = clock;
  }

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
            Instant.parse("2036-01-01T00:00:00Z"),
            clusterId);
    return root;
  }

  @Override
  public synchronized Optional<CaCertificate> load() {
    return Optional.ofNullable(root);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Returns fake PEM text naming the serial, counting from 1, and the subject; a generated key
   * is the text "fake private key", a CSR is taken as it is, without checks.
   *
   * @throws FailedPreconditionException if no root was created
   */
  @Override
  public synchronized IssuedCertificate issue(CertificateRequest request) {
    if (root == null) {
      throw new FailedPreconditionException("this manager holds no cluster CA key");
    }
    issued.add(request);
    Instant notBefore = clock.instant().minus(Duration.ofMinutes(5));
    Optional<String> key =
        switch (request.key()) {
          case KeySource.Csr csr -> Optional.empty();
          case KeySource.GenerateEcP256 ec -> Optional.of("fake private key");
          case KeySource.GenerateRsaPkcs1 rsa -> Optional.of("fake private key");
        };
    String serial = Integer.toHexString(issued.size());
    return new IssuedCertificate(
        "fake certificate " + serial + " of " + request.subject(),
        key,
        new String(root.certificatePem().toArray(), StandardCharsets.UTF_8),
        serial,
        notBefore,
        clock.instant().plus(request.validity()));
  }

  /** Every request {@link #issue} accepted, in order. */
  public synchronized List<CertificateRequest> issuedRequests() {
    return List.copyOf(issued);
  }

  /** How many times a root was created, to check that a restart does not create another. */
  public synchronized int rootsCreated() {
    return created;
  }
}
