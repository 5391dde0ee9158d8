/**
 * Protection of the servers against requests that cannot be read: unparsable messages become a
 * short INVALID_ARGUMENT, and their log lines are rate-limited per caller.
 */
package dev.warren.adapters.grpc.guard;
