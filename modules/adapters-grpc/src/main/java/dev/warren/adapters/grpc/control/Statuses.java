package dev.warren.adapters.grpc.control;

/** The status strings Warren v1.6 answers with, which clients may compare. */
final class Statuses {
  /** Deletes of services, secrets and volumes, and every node and container write. */
  static final String OK = "ok";

  /** Deletes of ingresses and TLS certificates. */
  static final String DELETED = "deleted";

  private Statuses() {}
}
