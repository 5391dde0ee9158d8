package dev.warren.bootstrap.di;

import dagger.BindsInstance;
import dagger.Component;
import dev.warren.bootstrap.lifecycle.ControlPlaneServer;
import dev.warren.cli.config.ManagerConfig;
import jakarta.inject.Singleton;

/** A manager process: Xodus state, Ratis log, the CA, the use cases, the gRPC API and metrics. */
@Singleton
@Component(
    modules = {
      StorageModule.class,
      RaftModule.class,
      CryptoModule.class,
      UseCaseModule.class,
      GrpcModule.class,
      MetricsModule.class
    })
public interface ControlPlaneComponent {

  /** The manager; nothing is opened until {@link ControlPlaneServer#start} runs. */
  ControlPlaneServer server();

  /** Builds the component for one manager configuration. */
  @Component.Factory
  interface Factory {
    ControlPlaneComponent create(@BindsInstance ManagerConfig config);
  }
}
