/**
 * Warren's composition root: Dagger wiring, process start-up, metrics and lifecycle. The command
 * line is the cli module; this module hands it a manager connection and the manager start-up.
 */
module dev.warren.bootstrap {
  requires dagger;
  requires dev.warren.adapters.crypto;
  requires dev.warren.adapters.grpc;
  requires dev.warren.adapters.probe;
  requires dev.warren.adapters.raft;
  requires dev.warren.adapters.runtime.process;
  requires dev.warren.adapters.storage;
  requires dev.warren.application;
  requires dev.warren.cli;
  requires dev.warren.codec;
  requires dev.warren.domain;
  requires dev.warren.tls;
  requires jakarta.inject;
  requires java.management;
  requires jdk.httpserver;
  requires micrometer.core;
  requires micrometer.registry.prometheus;
  requires static java.compiler;
}
