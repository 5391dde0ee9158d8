package dev.warren.bootstrap.di;

import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.cli.ManagerClient;
import dev.warren.cli.ManagerRoute;
import dev.warren.cli.config.ClientConfig;

/** Opens the gRPC client for the route {@link ManagerRoute#choose} picks, as the CLI sees it. */
final class ManagerConnections {
  private ManagerConnections() {}

  /**
   * A client of the manager {@code config} leads to. Connects lazily: an unreachable manager is
   * reported by the first call.
   *
   * @throws dev.warren.domain.error.UnauthenticatedException if there is neither a client
   *     certificate nor a socket (see {@link ManagerRoute#choose})
   */
  static ManagerClient open(ClientConfig config) {
    GrpcWarrenClient client =
        switch (ManagerRoute.choose(config)) {
          case ManagerRoute.MutualTls tls ->
              GrpcWarrenClient.mutualTls(
                  tls.manager().host(), tls.manager().port(), tls.identity(), config.deadline());
          case ManagerRoute.LocalSocket local ->
              GrpcWarrenClient.unixSocket(local.socket(), config.deadline());
        };
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
