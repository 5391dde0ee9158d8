package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.adapters.grpc.interceptor.AuthorizationInterceptor;
import dev.warren.adapters.grpc.interceptor.MetricsInterceptor;
import dev.warren.adapters.grpc.interceptor.ReadConsistencyInterceptor;
import dev.warren.adapters.grpc.logs.proto.ContainerLogsGrpc;
import dev.warren.adapters.grpc.logs.proto.NodeLogsGrpc;
import dev.warren.adapters.grpc.managers.proto.ManagersGrpc;
import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import dev.warren.adapters.grpc.rollouts.proto.RolloutsGrpc;
import dev.warren.domain.port.in.AuthorizeCallUseCase;
import io.grpc.MethodDescriptor;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The WarrenAPI service, warren.logs.v1's two, warren.managers.v1's and warren.rollouts.v1's, as
 * both listeners serve them: the groups' declared RPCs behind, in call order, metrics, the
 * listener's authentication (which sets the caller), the one authorization interceptor, the read
 * consistency the client asked for and the handlers.
 */
record ApiService(List<ServerServiceDefinition> definitions, StreamShutdown streams) {

  static ApiService build(WarrenApi api, MeterRegistry registry, ServerInterceptor authentication) {
    var streams = new StreamShutdown();
    List<ServerRpc<?, ?>> rpcs = api.declare(streams);
    List<ServerServiceDefinition> definitions =
        List.of(
            guarded(serviceDefinition(rpcs), rpcs, api.authorizer(), registry, authentication),
            guarded(
                api.declareContainerLogs(streams),
                ContainerLogsGrpc.getServiceDescriptor(),
                api.authorizer(),
                registry,
                authentication),
            guarded(
                api.declareNodeLogs(streams),
                NodeLogsGrpc.getServiceDescriptor(),
                api.authorizer(),
                registry,
                authentication),
            guarded(
                api.declareManagers(),
                ManagersGrpc.getServiceDescriptor(),
                api.authorizer(),
                registry,
                authentication),
            guarded(
                api.declareRollouts(streams),
                RolloutsGrpc.getServiceDescriptor(),
                api.authorizer(),
                registry,
                authentication));
    return new ApiService(definitions, streams);
  }

  /**
   * A service of {@code rpcs} (every method of {@code descriptor}) behind the same interceptors as
   * WarrenAPI: a node's own logs endpoint serves warren.logs.v1 this way.
   */
  static ServerServiceDefinition guarded(
      List<ServerRpc<?, ?>> rpcs,
      ServiceDescriptor descriptor,
      AuthorizeCallUseCase authorizer,
      MeterRegistry registry,
      ServerInterceptor authentication) {
    var builder = ServerServiceDefinition.builder(descriptor);
    rpcs.forEach(rpc -> bind(builder, rpc));
    return guarded(builder.build(), rpcs, authorizer, registry, authentication);
  }

  private static ServerServiceDefinition guarded(
      ServerServiceDefinition service,
      List<ServerRpc<?, ?>> rpcs,
      AuthorizeCallUseCase authorizer,
      MeterRegistry registry,
      ServerInterceptor authentication) {
    // The last interceptor runs first: metrics see every answer, refusals included.
    return ServerInterceptors.intercept(
        service,
        new ReadConsistencyInterceptor(),
        new AuthorizationInterceptor(authorizer, rpcs),
        authentication,
        new MetricsInterceptor(registry));
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
