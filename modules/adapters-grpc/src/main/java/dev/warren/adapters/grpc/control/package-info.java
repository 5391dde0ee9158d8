/** gRPC endpoints of the user-facing API, translating RPCs into use-case calls. */
package dev.warren.adapters.grpc.control;
