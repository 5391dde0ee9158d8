/**
 * In-memory adapters of Warren's driven ports, the contract tests every implementation of a port
 * must pass ({@code *PortContract}), the one test PKI every module's TLS tests use ({@link
 * TestPki}), and small test helpers (a settable clock, entity fixtures, log workloads).
 */
package dev.warren.testkit;
