/**
 * Backups of a running manager's cluster and their restore into the data directory of a new
 * one-manager cluster.
 */
package dev.warren.bootstrap.backup;
