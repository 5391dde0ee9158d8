package dev.warren.adapters.grpc.interceptor;

import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Checks;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Gives every call the same caller: the read-only unix socket, where file permissions decided who
 * may connect, makes every call a {@link Caller.LocalReader}.
 */
public record FixedCallerInterceptor(Caller caller) implements ServerInterceptor {

  public FixedCallerInterceptor {
    Checks.notNull("caller", caller);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    return CallerContext.serveAs(caller, call, headers, next);
  }
}
