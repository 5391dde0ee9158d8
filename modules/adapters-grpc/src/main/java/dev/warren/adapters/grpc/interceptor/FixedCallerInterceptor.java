package dev.warren.adapters.grpc.interceptor;

import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Checks;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Gives every call the same caller: the read-only unix socket, where file permissions decided who
 * may connect, makes every call a {@link Caller.LocalReader}.
 */
public final class FixedCallerInterceptor implements ServerInterceptor {
  private final Caller caller;

  public FixedCallerInterceptor(Caller caller) {
    this.caller = Checks.notNull("caller", caller);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    return Contexts.interceptCall(
        Context.current().withValue(CallerContext.CALLER, caller), call, headers, next);
  }
}
