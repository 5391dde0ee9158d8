/**
 * TLS 1.3 for the API: PEM material, the reloadable server identity, the trust decisions of server
 * and client, and the check that turns a client certificate into a caller.
 */
package dev.warren.adapters.grpc.tls;
