/** Warren's composition root: Dagger wiring, the picocli command line, metrics and lifecycle. */
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
  requires io.grpc;
  requires jakarta.inject;
  requires java.management;
  requires java.naming;
  requires jdk.httpserver;
  requires micrometer.core;
  requires micrometer.registry.prometheus;
  requires org.yaml.snakeyaml;
  requires static java.compiler;

  opens dev.warren.bootstrap.cli to
      info.picocli;
  opens dev.warren.bootstrap.cli.apply to
      info.picocli;
  opens dev.warren.bootstrap.cli.cluster to
      info.picocli;
  opens dev.warren.bootstrap.cli.server to
      info.picocli;
  opens dev.warren.bootstrap.cli.service to
      info.picocli;
  opens dev.warren.bootstrap.cli.secret to
      info.picocli;
  opens dev.warren.bootstrap.cli.volume to
      info.picocli;
  opens dev.warren.bootstrap.cli.events to
      info.picocli;
  opens dev.warren.bootstrap.cli.ingress to
      info.picocli;
  opens dev.warren.bootstrap.cli.certificate to
      info.picocli;
  opens dev.warren.bootstrap.cli.node to
      info.picocli;
  opens dev.warren.bootstrap.cli.container to
      info.picocli;
}
