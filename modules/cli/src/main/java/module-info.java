/**
 * The {@code warren} command line: a driving adapter that turns commands into calls of the domain's
 * use cases on a manager reached through {@link dev.warren.cli.ManagerConnector}. It sees no
 * transport: the composition root hands in the connection and the manager start-up.
 */
module dev.warren.cli {
  requires transitive dev.warren.domain;
  requires transitive info.picocli;
  requires transitive dev.warren.tls;
  requires org.yaml.snakeyaml;

  exports dev.warren.cli;
  exports dev.warren.cli.cluster;
  exports dev.warren.cli.config;
  exports dev.warren.cli.worker;

  opens dev.warren.cli to
      info.picocli;
  opens dev.warren.cli.apply to
      info.picocli;
  opens dev.warren.cli.cluster to
      info.picocli;
  opens dev.warren.cli.server to
      info.picocli;
  opens dev.warren.cli.service to
      info.picocli;
  opens dev.warren.cli.secret to
      info.picocli;
  opens dev.warren.cli.volume to
      info.picocli;
  opens dev.warren.cli.events to
      info.picocli;
  opens dev.warren.cli.ingress to
      info.picocli;
  opens dev.warren.cli.certificate to
      info.picocli;
  opens dev.warren.cli.node to
      info.picocli;
  opens dev.warren.cli.container to
      info.picocli;
  opens dev.warren.cli.kit to
      info.picocli;
  opens dev.warren.cli.worker to
      info.picocli;
  opens dev.warren.cli.manager to
      info.picocli;
}
