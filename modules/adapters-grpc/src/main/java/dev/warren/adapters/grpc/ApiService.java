package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.adapters.grpc.interceptor.AuthorizationInterceptor;
import dev.warren.adapters.grpc.interceptor.MetricsInterceptor;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import io.grpc.MethodDescriptor;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The WarrenAPI service as both listeners serve it: the groups' declared RPCs behind, in call
 * order, metrics, the listener's authentication (which sets the caller), the one authorization
 * interceptor and the handlers.
 */
record ApiService(ServerServiceDefinition definition, StreamShutdown streams) {

  static ApiService build(WarrenApi api, MeterRegistry registry, ServerInterceptor authentication) {
    var streams = new StreamShutdown();
    List<ServerRpc<?, ?>> rpcs = api.declare(streams);
    // The last interceptor runs first: metrics see every answer, refusals included.
    ServerServiceDefinition definition =
        ServerInterceptors.intercept(
            serviceDefinition(rpcs),
            new AuthorizationInterceptor(api.authorizer(), rpcs),
            authentication,
            new MetricsInterceptor(registry));
    return new ApiService(definition, streams);
  }

  /**
   * The WarrenAPI service of the declared RPCs.
   *
   * @throws IllegalStateException if an RPC of the proto is declared twice or not at all, or a
   *     declaration names a method the proto does not have
   */
  static ServerServiceDefinition serviceDefinition(Collection<ServerRpc<?, ?>> rpcs) {
    Map<String, Long> declared =
        rpcs.stream()
            .collect(
                Collectors.groupingBy(
                    rpc -> rpc.method().getBareMethodName(), Collectors.counting()));
    var contract =
        WarrenAPIGrpc.getServiceDescriptor().getMethods().stream()
            .map(MethodDescriptor::getBareMethodName)
            .collect(Collectors.toCollection(TreeSet::new));
    var twice = names(declared, count -> count > 1);
    var missing = new TreeSet<>(contract);
    missing.removeAll(declared.keySet());
    var unknown = new TreeSet<>(declared.keySet());
    unknown.removeAll(contract);
    if (!twice.isEmpty() || !missing.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalStateException(
          "every warren.v1 RPC must be declared in exactly one group; declared twice: "
              + twice
              + ", not declared: "
              + missing
              + ", not in the proto: "
              + unknown);
    }
    var builder = ServerServiceDefinition.builder(WarrenAPIGrpc.getServiceDescriptor());
    rpcs.forEach(rpc -> bind(builder, rpc));
    return builder.build();
  }

  private static TreeSet<String> names(Map<String, Long> declared, Predicate<Long> which) {
    return declared.entrySet().stream()
        .filter(entry -> which.test(entry.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static <Q, R> void bind(ServerServiceDefinition.Builder builder, ServerRpc<Q, R> rpc) {
    builder.addMethod(rpc.method(), rpc.handler());
  }
}
