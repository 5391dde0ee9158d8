/**
 * Warren's use cases: request handlers, the apply logic for committed changes and control loops.
 */
module dev.warren.application {
  requires transitive dev.warren.domain;

  exports dev.warren.application.workload;
  exports dev.warren.application.cluster;
  exports dev.warren.application.replication;
  exports dev.warren.application.secret;
  exports dev.warren.application.volume;
  exports dev.warren.application.events;
  exports dev.warren.application.ingress;
  exports dev.warren.application.certificate;
  exports dev.warren.application.node;
  exports dev.warren.application.security;
  exports dev.warren.application.worker;
  exports dev.warren.application.orchestration;
  exports dev.warren.application.loop;
  exports dev.warren.application.logs;
}
