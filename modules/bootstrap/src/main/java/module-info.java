/** Warren's composition root: the command line, dependency wiring, configuration and metrics. */
module dev.warren.bootstrap {
  requires dagger;
  requires dev.warren.adapters.crypto;
  requires dev.warren.adapters.grpc;
  requires dev.warren.adapters.raft;
  requires dev.warren.adapters.storage;
  requires dev.warren.application;
  requires dev.warren.codec;
  requires dev.warren.domain;
  requires info.picocli;
  requires jakarta.inject;
  requires jdk.httpserver;
  requires micrometer.core;
  requires micrometer.registry.prometheus;
  requires static java.compiler;

  opens dev.warren.bootstrap.cli to
      info.picocli;
}
