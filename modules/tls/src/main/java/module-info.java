/**
 * TLS material with the JDK alone: certificates and keys from PEM text, and a key manager whose
 * identity can be replaced while servers run. Shared by the adapters that speak TLS (gRPC, Raft)
 * and the command line, which may not depend on each other.
 */
module dev.warren.tls {
  requires transitive dev.warren.domain;
  requires java.naming;

  exports dev.warren.tls;
}
