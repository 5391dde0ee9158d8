package dev.warren.adapters.grpc.interceptor;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Set;

/**
 * Answers every RPC of the contract that this version does not serve yet with UNIMPLEMENTED and a
 * message naming it, instead of grpc-java's generic one. The one place that decides which RPCs
 * exist: the set comes from the endpoint that implements them.
 */
public final class NotYetImplementedInterceptor implements ServerInterceptor {
  private final Set<String> implementedRpcs;

  /**
   * @param implementedRpcs bare names of the RPCs that are served ("CreateService", …)
   */
  public NotYetImplementedInterceptor(Set<String> implementedRpcs) {
    this.implementedRpcs = Set.copyOf(implementedRpcs);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String rpc = call.getMethodDescriptor().getBareMethodName();
    if (implementedRpcs.contains(rpc)) {
      return next.startCall(call, headers);
    }
    call.close(
        Status.UNIMPLEMENTED.withDescription(rpc + " is not implemented yet in this version"),
        new Metadata());
    return new ServerCall.Listener<>() {};
  }
}
