package dev.warren.adapters.grpc.interceptor;

import dev.warren.domain.model.security.Caller;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;

/**
 * The caller of the current gRPC call, as the authenticating interceptor established it. Every call
 * that reaches the endpoint runs with it set; use cases that answer differently per caller take it
 * from here.
 */
public final class CallerContext {
  /** The gRPC context key holding the {@link Caller} of the call. */
  public static final Context.Key<Caller> CALLER = Context.key("warren-caller");

  private CallerContext() {}

  /**
   * The caller of the call running on this thread.
   *
   * @throws IllegalStateException if no caller was set (a server built without authentication)
   */
  public static Caller current() {
    Caller caller = CALLER.get();
    if (caller == null) {
      throw new IllegalStateException(
          "no caller in the gRPC context: the call was not authenticated");
    }
    return caller;
  }

  /** Serves the rest of {@code call} with {@code caller} as its caller. */
  static <Q, R> ServerCall.Listener<Q> serveAs(
      Caller caller, ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    return Contexts.interceptCall(Context.current().withValue(CALLER, caller), call, headers, next);
  }
}
