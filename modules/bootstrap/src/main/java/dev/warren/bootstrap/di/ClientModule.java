package dev.warren.bootstrap.di;

import dagger.Module;
import dagger.Provides;
import dev.warren.adapters.grpc.GrpcWarrenClient;
import dev.warren.bootstrap.cli.ManagerClient;
import dev.warren.bootstrap.cli.ManagerConnector;
import dev.warren.bootstrap.cli.ManagerConnections;
import dev.warren.bootstrap.lifecycle.ControlPlaneLauncher;
import java.time.InstantSource;

/** What commands run against: a manager's gRPC API, the manager launcher and the clock. */
@Module
public interface ClientModule {

  /**
   * Each command opens its own connection with the options it was given, and closes it; {@link
   * ManagerConnections} picks mutual TLS or the local socket.
   */
  @Provides
  static ManagerConnector managerConnector() {
    return config -> {
      GrpcWarrenClient client = ManagerConnections.open(config);
      return new ManagerClient(
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client,
          client.ingresses(),
          client.ingresses(),
          client.ingresses(),
          client.ingresses(),
          client.ingresses(),
          client.ingresses(),
          client.ingresses(),
          client.ingresses(),
          client.ingresses(),
          client.joinTokens(),
          client,
          client,
          client,
          client,
          client,
          client::close);
    };
  }

  @Provides
  static ControlPlaneLauncher controlPlaneLauncher() {
    return config -> DaggerControlPlaneComponent.factory().create(config).server();
  }

  @Provides
  static InstantSource clock() {
    return InstantSource.system();
  }
}
