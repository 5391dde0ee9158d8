package dev.warren.bootstrap.di;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerRoute;
import dev.warren.cli.config.ClientConfig;
import dev.warren.cli.config.TcpAddress;
import dev.warren.domain.port.in.ReadConsistency;
import java.time.Duration;

/** Opens the gRPC client for the route {@link ManagerRoute#choose} picks, as the CLI sees it. */
final class ManagerConnections {
  /** How long each of several managers is given to accept a connection before the next is tried. */
  static final Duration CONNECT_WAIT = Duration.ofSeconds(3);

  private ManagerConnections() {}

  /**
   * A client of the manager {@code config} leads to. With one manager it connects lazily: an
   * unreachable manager is reported by the first call. With several it connects to each in turn
   * until one accepts, before any call (so no call is ever sent twice); if none does, the first is
   * used and its first call reports why.
   *
   * @throws dev.warren.domain.error.UnauthenticatedException if there is neither a client
   *     certificate nor a socket (see {@link ManagerRoute#choose})
   */
  static ManagerClient open(ClientConfig config) {
    GrpcWarrenClient connected =
        switch (ManagerRoute.choose(config)) {
          case ManagerRoute.MutualTls tls -> firstConnecting(config, tls.identity());
          case ManagerRoute.LocalSocket local ->
              GrpcWarrenClient.unixSocket(local.socket(), config.deadline());
        };
    GrpcWarrenClient client =
        config.reads() == ReadConsistency.LOCAL ? connected.withStaleReads() : connected;
    return wrap(client);
  }

  private static GrpcWarrenClient firstConnecting(
      ClientConfig config, dev.warren.tls.ClientTlsIdentity identity) {
    if (config.managers().size() > 1) {
      Duration wait =
          config.deadline().compareTo(CONNECT_WAIT) < 0 ? config.deadline() : CONNECT_WAIT;
      for (TcpAddress manager : config.managers()) {
        var client =
            GrpcWarrenClient.mutualTls(manager.host(), manager.port(), identity, config.deadline());
        if (client.connects(wait)) {
          return client;
        }
        client.close();
      }
    }
    TcpAddress first = config.manager();
    return GrpcWarrenClient.mutualTls(first.host(), first.port(), identity, config.deadline());
  }

  private static ManagerClient wrap(GrpcWarrenClient client) {
    return new ManagerClient(
        client.services(),
        client.containers(),
        client.nodes(),
        client.secrets(),
        client.volumes(),
        client.ingresses(),
        client.certificates(),
        client.cluster(),
        client.events(),
        client,
        client.rollouts(),
        client::close);
  }
}
