/** The one translation between domain errors and gRPC status codes, in both directions. */
package dev.warren.adapters.grpc.status;
