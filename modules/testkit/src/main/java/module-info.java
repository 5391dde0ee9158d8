/**
 * Test support: in-memory adapters, abstract contract tests for Warren's ports, a test PKI, a
 * linearizability checker.
 */
module dev.warren.testkit {
  requires dev.warren.codec;
  requires transitive dev.warren.domain;
  requires transitive java.logging;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports dev.warren.testkit;
  exports dev.warren.testkit.linearizability;
}
