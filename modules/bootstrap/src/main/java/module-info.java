/** Warren's composition root: Dagger wiring, the picocli command line, metrics and lifecycle. */
module dev.warren.bootstrap {
  requires dev.warren.domain;
  requires dev.warren.application;
  requires dev.warren.adapters.storage;
  requires dev.warren.adapters.raft;
  requires dev.warren.adapters.grpc;
  requires dev.warren.adapters.crypto;
  requires dagger;
  requires jakarta.inject;
  requires info.picocli;
  requires micrometer.core;
  requires micrometer.registry.prometheus;
  requires java.management;
  requires jdk.httpserver;
  requires static java.compiler;

  opens dev.warren.bootstrap.cli to
      info.picocli;
  opens dev.warren.bootstrap.cli.cluster to
      info.picocli;
  opens dev.warren.bootstrap.cli.server to
      info.picocli;
  opens dev.warren.bootstrap.cli.service to
      info.picocli;
}
