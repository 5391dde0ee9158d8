/**
 * Snapshots of the cluster state in Ratis' state machine directory, written and read through the
 * state port.
 */
package dev.warren.adapters.raft.snapshot;
