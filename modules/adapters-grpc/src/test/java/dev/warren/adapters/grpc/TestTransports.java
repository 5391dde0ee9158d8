package dev.warren.adapters.grpc;

import dev.warren.testkit.TestPki;
import dev.warren.tls.ClientTlsIdentity;
import io.grpc.ManagedChannel;
import java.time.Duration;

/**
 * Mutual TLS for the endpoint tests that are not about transport security: one test CA per instance
 * (share one per test class), a server certificate for manager-1, and clients that present an admin
 * certificate (an admin may call everything but node RPCs, and sees no secret data or keys).
 */
final class TestTransports {
  static final String HOST = "127.0.0.1";

  private final TestPki pki = TestPki.create("cluster-1");
  private final ServerTls serverTls = GrpcTestTls.serverTls(pki, "manager-1");
  private final ClientTlsIdentity admin = GrpcTestTls.client(pki, pki.issue("alice", "admin"));

  /** Listens on 127.0.0.1:{@code port} (0: one the OS picks) with the test CA's server TLS. */
  GrpcSettings server(int port) {
    return new GrpcSettings(HOST, port, serverTls);
  }

  /** The SHA-256 digest of the test CA's certificate, as a join token pins it. */
  String caDigest() {
    return pki.caDigest();
  }

  /** The test CA's certificate, PEM. */
  String caPem() {
    return pki.caPem();
  }

  /** A raw channel to 127.0.0.1:{@code port} presenting the admin certificate. */
  ManagedChannel adminChannel(int port) {
    return GrpcChannels.mutualTls(HOST, port, admin);
  }

  /** A client of 127.0.0.1:{@code port} presenting the admin certificate. */
  GrpcWarrenClient adminClient(int port, Duration deadline) {
    return GrpcWarrenClient.over(HOST + ":" + port, deadline, adminChannel(port));
  }
}
