/**
 * A linearizability checker for recorded histories of service operations (Wing and Gong's search
 * with Lowe's memoization, one search per service name) and the recorder and nemesis that produce
 * such histories against any {@link dev.warren.testkit.linearizability.ClusterUnderTest}.
 */
package dev.warren.testkit.linearizability;
