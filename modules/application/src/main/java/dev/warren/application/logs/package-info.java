/**
 * Container logs: a node reads its own containers' logs from its runtime; a manager finds where a
 * container or a service's replicas run and merges what their nodes send.
 */
package dev.warren.application.logs;
