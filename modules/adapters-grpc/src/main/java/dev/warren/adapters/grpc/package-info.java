/** The warren.v1 gRPC edge: the API server, the client the CLI uses, and their settings. */
package dev.warren.adapters.grpc;
