/**
 * Runs OCI images through containerd's gRPC API on its unix socket, pulling them from registries.
 * The generated containerd messages live in unexported {@code .proto.*} packages. gRPC is made of
 * automatic modules, which give no implied readability, so each one used is named; failureaccess
 * and jdk.unsupported are needed at run time.
 */
module dev.warren.adapters.runtime.containerd {
  requires com.google.common;
  requires com.google.common.util.concurrent.internal;
  requires com.google.gson;
  requires com.google.protobuf;
  requires io.grpc;
  requires io.grpc.netty.shaded;
  requires io.grpc.protobuf;
  requires io.grpc.stub;
  requires java.net.http;
  requires jdk.unsupported;
  requires transitive dev.warren.domain;

  exports dev.warren.adapters.runtime.containerd;
}
