package dev.warren.adapters.raft;

import dev.warren.testkit.TestPki;

/** The shared test PKI's certificates as Raft TLS material. */
final class RaftTestTls {
  private RaftTestTls() {}

  /** The Raft TLS material of manager {@code nodeId}: a new certificate from {@code pki}. */
  static RaftTls manager(TestPki pki, String nodeId) {
    return of(pki, nodeId, "manager");
  }

  /** TLS material whose new certificate from {@code pki} names {@code role} (OU). */
  static RaftTls of(TestPki pki, String name, String role) {
    TestPki.Issued issued = pki.issue(name, role);
    return RaftTls.fromPem(pki.chainPem(issued), issued.privateKeyPem(), pki.caPem());
  }
}
