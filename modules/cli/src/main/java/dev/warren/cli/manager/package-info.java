/** {@code warren manager ...}: a manager joining a running cluster, and leaving it. */
package dev.warren.cli.manager;
