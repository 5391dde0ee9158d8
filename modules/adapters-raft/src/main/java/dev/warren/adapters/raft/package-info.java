/**
 * The replicated log on Apache Ratis: {@link dev.warren.adapters.raft.RatisReplicatedLogAdapter}
 * and its settings.
 */
package dev.warren.adapters.raft;
