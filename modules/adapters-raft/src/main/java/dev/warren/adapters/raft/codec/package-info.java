/**
 * Bytes of Raft log entries and of the messages between the embedded client and the state machine.
 */
package dev.warren.adapters.raft.codec;
