/**
 * In-memory adapters of Warren's driven ports, the contract tests every implementation of a port
 * must pass, and small test helpers (a settable clock, entity fixtures).
 */
package dev.warren.testkit;
