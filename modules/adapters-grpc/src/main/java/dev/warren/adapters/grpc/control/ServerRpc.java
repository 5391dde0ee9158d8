package dev.warren.adapters.grpc.control;

import dev.warren.adapters.grpc.status.StatusMapper;
import dev.warren.domain.model.security.AccessRule;
import dev.warren.domain.model.security.ApiOperation;
import dev.warren.domain.model.security.ApiOperation.Effect;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.CallSubject;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCallHandler;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One warren.v1 RPC as this server serves it, declared once in its resource group: the generated
 * method, the operation authorization judges (name, effect, access rule), what a request is about
 * for the worker rules, and the handler that maps the request, calls the use case and maps the
 * answer.
 *
 * @param subject reads the node or container a request names, raw (validation comes later)
 */
public record ServerRpc<Q, R>(
    MethodDescriptor<Q, R> method,
    ApiOperation operation,
    Function<Q, CallSubject> subject,
    ServerCallHandler<Q, R> handler) {

  public ServerRpc {
    Checks.notNull("method", method);
    Checks.notNull("operation", operation);
    Checks.notNull("call subject", subject);
    Checks.notNull("handler", handler);
  }

  /** A unary RPC that only reads, answered by {@code call} on the call's (virtual) thread. */
  static <Q, R> ServerRpc<Q, R> read(
      MethodDescriptor<Q, R> method, AccessRule rule, Function<Q, R> call) {
    return unary(method, Effect.READ, rule, call);
  }

  /** A unary RPC that changes the cluster or issues credentials. */
  static <Q, R> ServerRpc<Q, R> write(
      MethodDescriptor<Q, R> method, AccessRule rule, Function<Q, R> call) {
    return unary(method, Effect.WRITE, rule, call);
  }

  /** A server-streaming read; {@code serve} owns the response and must end it. */
  static <Q, R> ServerRpc<Q, R> readStream(
      MethodDescriptor<Q, R> method, AccessRule rule, BiConsumer<Q, StreamObserver<R>> serve) {
    return new ServerRpc<>(
        method,
        operation(method, Effect.READ, rule),
        request -> CallSubject.none(),
        ServerCalls.asyncServerStreamingCall(serve::accept));
  }

  /**
   * A server-streaming call that hands out credentials (a backup holds the CA key): judged as a
   * write, so the read-only local socket refuses it.
   */
  static <Q, R> ServerRpc<Q, R> writeStream(
      MethodDescriptor<Q, R> method, AccessRule rule, BiConsumer<Q, StreamObserver<R>> serve) {
    return new ServerRpc<>(
        method,
        operation(method, Effect.WRITE, rule),
        request -> CallSubject.none(),
        ServerCalls.asyncServerStreamingCall(serve::accept));
  }

  /** This RPC, judged by the worker rules on what {@code subject} reads from its request. */
  ServerRpc<Q, R> about(Function<Q, CallSubject> subject) {
    return new ServerRpc<>(method, operation, subject, handler);
  }

  /** The subject of one request message of this RPC, as the authorization interceptor has it. */
  @SuppressWarnings("unchecked")
  public CallSubject subjectOf(Object request) {
    return subject.apply((Q) request);
  }

  private static <Q, R> ServerRpc<Q, R> unary(
      MethodDescriptor<Q, R> method, Effect effect, AccessRule rule, Function<Q, R> call) {
    return new ServerRpc<>(
        method,
        operation(method, effect, rule),
        request -> CallSubject.none(),
        ServerCalls.asyncUnaryCall((request, response) -> respond(response, request, call)));
  }

  private static ApiOperation operation(
      MethodDescriptor<?, ?> method, Effect effect, AccessRule rule) {
    return new ApiOperation(method.getBareMethodName(), effect, rule);
  }

  /** Completes the RPC with {@code call}'s answer, or with the status its failure maps to. */
  private static <Q, R> void respond(StreamObserver<R> response, Q request, Function<Q, R> call) {
    R answer;
    try {
      answer = call.apply(request);
    } catch (RuntimeException failure) {
      response.onError(StatusMapper.toStatusException(failure));
      return;
    }
    response.onNext(answer);
    response.onCompleted();
  }
}
