package dev.warren.adapters.grpc.interceptor;

import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import dev.warren.domain.port.in.CallSubject;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place where warren.v1 calls are authorized. It waits for the request message (the worker
 * rules depend on the node or container it names, which the RPC's declaration reads from it), asks
 * {@link AuthorizeCallUseCase} with the operation the declaration carries, and only then starts the
 * call; a refused call is closed with PERMISSION_DENIED or UNAUTHENTICATED and nothing reaches the
 * endpoint. Must run after an interceptor that put the {@link Caller} in {@link CallerContext}.
 *
 * <p>Threading: gRPC serializes the listener callbacks of one call, so the listener needs no locks;
 * the decision runs on the call's executor (it may read the cluster state).
 */
public final class AuthorizationInterceptor implements ServerInterceptor {
  private final AuthorizeCallUseCase authorizer;
  private final Map<String, ServerRpc<?, ?>> byMethod;

  /**
   * @param rpcs the declared RPCs, each bringing its operation (with its access rule) and subject
   */
  public AuthorizationInterceptor(
      AuthorizeCallUseCase authorizer, Collection<ServerRpc<?, ?>> rpcs) {
    this.authorizer = Checks.notNull("authorize call use case", authorizer);
    this.byMethod =
        Checks.notNull("declared RPCs", rpcs).stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    rpc -> rpc.method().getFullMethodName(), Function.identity()));
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    ServerRpc<?, ?> rpc = byMethod.get(call.getMethodDescriptor().getFullMethodName());
    if (rpc == null) {
      // Not a declared RPC (a later version's): it exists nowhere, UNIMPLEMENTED follows.
      return next.startCall(call, headers);
    }
    Caller caller = CallerContext.current();
    call.request(1);
    return new AuthorizingListener<>(call, headers, next, caller, rpc);
  }

  private final class AuthorizingListener<Q, R> extends ServerCall.Listener<Q> {
    private final ServerCall<Q, R> call;
    private final Metadata headers;
    private final ServerCallHandler<Q, R> next;
    private final Caller caller;
    private final ServerRpc<?, ?> rpc;
    private ServerCall.Listener<Q> delegate;
    private boolean refused;

    AuthorizingListener(
        ServerCall<Q, R> call,
        Metadata headers,
        ServerCallHandler<Q, R> next,
        Caller caller,
        ServerRpc<?, ?> rpc) {
      this.call = call;
      this.headers = headers;
      this.next = next;
      this.caller = caller;
      this.rpc = rpc;
    }

    @Override
    public void onMessage(Q message) {
      if (delegate == null && !refused && admit(rpc.subjectOf(message))) {
        delegate = next.startCall(call, headers);
      }
      forward(listener -> listener.onMessage(message));
    }

    @Override
    public void onHalfClose() {
      if (delegate == null && !refused && admit(CallSubject.none())) {
        // No request at all: the handler answers that as it does for any caller.
        delegate = next.startCall(call, headers);
      }
      forward(ServerCall.Listener::onHalfClose);
    }

    @Override
    public void onCancel() {
      forward(ServerCall.Listener::onCancel);
    }

    @Override
    public void onComplete() {
      forward(ServerCall.Listener::onComplete);
    }

    @Override
    public void onReady() {
      forward(ServerCall.Listener::onReady);
    }

    /** Passes an event on to the handler's listener, once the call has been admitted. */
    private void forward(Consumer<ServerCall.Listener<Q>> event) {
      if (delegate != null) {
        event.accept(delegate);
      }
    }

    private boolean admit(CallSubject subject) {
      try {
        authorizer.authorize(caller, rpc.operation(), subject);
        return true;
      } catch (RuntimeException refusal) {
        refused = true;
        StatusRuntimeException status = StatusMapper.toStatusException(refusal);
        Metadata trailers = status.getTrailers() == null ? new Metadata() : status.getTrailers();
        Status answer = status.getStatus();
        call.close(answer, trailers);
        return false;
      }
    }
  }
}
