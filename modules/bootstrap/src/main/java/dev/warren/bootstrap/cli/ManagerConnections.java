package dev.warren.bootstrap.cli;

import dev.warren.adapters.grpc.GrpcChannels;
import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.config.ClientConfig;

/** Opens the gRPC client for the route {@link ManagerRoute#choose} picks. */
public final class ManagerConnections {
  private ManagerConnections() {}

  /**
   * A client of the manager {@code config} leads to. Connects lazily: an unreachable manager is
   * reported by the first call.
   *
   * @throws dev.warren.domain.error.UnauthenticatedException if there is neither a client
   *     certificate nor a socket (see {@link ManagerRoute#choose})
   */
  public static GrpcWarrenClient open(ClientConfig config) {
    return switch (ManagerRoute.choose(config)) {
      case ManagerRoute.MutualTls tls ->
          GrpcWarrenClient.over(
              tls.manager().toString(),
              config.deadline(),
              GrpcChannels.mutualTls(tls.manager().host(), tls.manager().port(), tls.identity()));
      case ManagerRoute.LocalSocket local ->
          GrpcWarrenClient.over(
              local.socket().toString(),
              config.deadline(),
              GrpcChannels.unixSocket(local.socket()));
    };
  }
}
