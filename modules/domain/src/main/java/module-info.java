/** The Warren domain: entities, replicated state changes, policies, ports and domain errors. */
module dev.warren.domain {
  exports dev.warren.domain.model.shared;
  exports dev.warren.domain.model.cluster;
  exports dev.warren.domain.model.node;
  exports dev.warren.domain.model.service;
  exports dev.warren.domain.model.task;
  exports dev.warren.domain.model.secret;
  exports dev.warren.domain.model.volume;
  exports dev.warren.domain.model.ingress;
  exports dev.warren.domain.model.certificate;
  exports dev.warren.domain.model.event;
  exports dev.warren.domain.model.security;
  exports dev.warren.domain.model.logs;
  exports dev.warren.domain.change;
  exports dev.warren.domain.error;
  exports dev.warren.domain.port.in;
  exports dev.warren.domain.port.out;
  exports dev.warren.domain.policy;
}
