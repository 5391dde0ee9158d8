/** Server interceptors that apply to every RPC: metrics and the not-yet-implemented fallback. */
package dev.warren.adapters.grpc.interceptor;
