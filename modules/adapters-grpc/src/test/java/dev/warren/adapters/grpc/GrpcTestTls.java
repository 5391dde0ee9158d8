package dev.warren.adapters.grpc;

import dev.warren.testkit.TestPki;
import dev.warren.tls.ClientTlsIdentity;

/** The shared test PKI's certificates in the shapes the gRPC adapter takes. */
final class GrpcTestTls {
  private GrpcTestTls() {}

  /** The server identity of manager {@code nodeId}: a new certificate followed by the CA. */
  static TlsIdentity serverIdentity(TestPki pki, String nodeId) {
    TestPki.Issued server = pki.issue(nodeId, "manager");
    return new TlsIdentity(pki.chainPem(server), server.privateKeyPem());
  }

  /** Server TLS of manager {@code nodeId}, trusting client certificates from {@code pki}. */
  static ServerTls serverTls(TestPki pki, String nodeId) {
    return new ServerTls(serverIdentity(pki, nodeId), pki.caPem(), pki.clusterId());
  }

  /** What a client holding {@code issued} uses, trusting {@code pki}'s CA for the server. */
  static ClientTlsIdentity client(TestPki pki, TestPki.Issued issued) {
    return new ClientTlsIdentity(issued.certificatePem(), issued.privateKeyPem(), pki.caPem());
  }
}
