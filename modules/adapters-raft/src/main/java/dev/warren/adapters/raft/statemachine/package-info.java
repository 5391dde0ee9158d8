/** The Ratis state machine that applies committed changes to the cluster state. */
package dev.warren.adapters.raft.statemachine;
