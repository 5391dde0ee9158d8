package dev.warren.adapters.grpc;

import dev.warren.domain.model.cluster.ClusterId;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.security.Identity;
import dev.warren.domain.model.security.Role;

/**
 * Settings for the endpoint tests that are not about transport security: plaintext, every call
 * made by an admin (who may call everything but node RPCs, and sees no secret data or keys).
 */
final class TestTransports {
  static final Caller ADMIN =
      new Caller.Certified(new Identity("alice", ClusterId.of("cluster-1"), Role.ADMIN));

  private TestTransports() {}

  static GrpcSettings plaintextAsAdmin(int port) {
    return new GrpcSettings("127.0.0.1", port, Transport.plaintextForTests(ADMIN));
  }
}
