package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.control.ServerRpc;
import dev.warren.adapters.grpc.control.StreamShutdown;
import dev.warren.domain.model.security.ApiOperation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the RPC groups of an API declare, as tests read it. */
final class DeclaredRpcs {
  private DeclaredRpcs() {}

  /** Every declaration of every group, in no particular order; duplicates kept. */
  static List<ServerRpc<?, ?>> of(WarrenApi api) {
    return api.declare(new StreamShutdown());
  }

  /** The declared operations by RPC name. */
  static Map<String, ApiOperation> operations(WarrenApi api) {
    return of(api).stream()
        .map(ServerRpc::operation)
        .collect(Collectors.toMap(ApiOperation::rpcName, Function.identity()));
  }
}
