/**
 * Warren's gRPC API. The generated code lives in the unexported package
 * dev.warren.adapters.grpc.proto. gRPC is made of automatic modules, which give no implied
 * readability, so each one used is named; failureaccess and jdk.unsupported are needed at run time.
 */
module dev.warren.adapters.grpc {
  requires com.google.common;
  requires com.google.common.util.concurrent.internal;
  requires com.google.protobuf;
  requires dev.warren.domain;
  requires dev.warren.tls;
  requires io.grpc;
  requires io.grpc.netty.shaded;
  requires io.grpc.protobuf;
  requires io.grpc.services;
  requires io.grpc.stub;
  requires java.naming;
  requires jdk.unsupported;
  requires micrometer.core;

  exports dev.warren.adapters.grpc;
}
