package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import java.util.function.Function;

/** Runs one blocking RPC with the client's deadline, failures mapped to domain exceptions. */
interface BlockingCalls {
  <T> T call(Function<WarrenAPIGrpc.WarrenAPIBlockingStub, T> rpc);
}
