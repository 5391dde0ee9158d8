package dev.warren.adapters.grpc;

import dev.warren.adapters.grpc.proto.WarrenAPIGrpc;
import java.util.function.Function;

/**
 * Runs one blocking RPC on a stub with the client's deadline, turning a failure status into the
 * domain exception the manager reported. {@link GrpcWarrenClient} hands its own to the helpers that
 * implement groups of use cases.
 */
@FunctionalInterface
interface StubCaller {
  <T> T call(Function<WarrenAPIGrpc.WarrenAPIBlockingStub, T> rpc);
}
