/**
 * TLS material with the JDK alone: certificates and keys from PEM text, and a key manager whose
 * identity can be replaced while servers run. Shared by the adapters that speak TLS (gRPC, Raft),
 * which may not depend on each other.
 */
module dev.warren.tls {
  requires transitive dev.warren.domain;

  exports dev.warren.tls;
}
